package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same WAR on a second Jakarta EE 10 server (README "Other app servers"): Payara Micro 6, from Maven
 * Central (the build copies it to {@code target/payara}), started with only what {@code payara/} holds for
 * it and SkillFast's settings as environment variables, on a fresh embedded database. It runs the smoke
 * journey that {@link ExistingLibertyIT} runs on Liberty: health, the web app, sign-in, search, and a chat
 * session over the WebSocket, billed and settled; and the API's OpenAPI document.
 */
class PayaraMicroIT {

    private static final String ADMIN = "ops-admin@it.skillfast.local";
    private static final Duration START_DEADLINE = Duration.ofSeconds(240);

    private static Process payara;
    private static URI base;
    private static Path log;

    @BeforeAll
    static void deployOnPayaraMicro() throws Exception {
        Path jar = Path.of(System.getProperty("skillfast.it.payara.jar", "target/payara/payara-micro.jar")).toAbsolutePath();
        Path war = Path.of(System.getProperty("skillfast.it.war", "target/skillfast.war")).toAbsolutePath();
        Path work = jar.getParent();
        Path dataDir = work.resolve("data");
        Path rootDir = work.resolve("root");
        LibertyServer.deleteTree(dataDir);
        LibertyServer.deleteTree(rootDir);
        Files.createDirectories(dataDir);
        Path keys = Path.of("src/test/resources/it-keys").toAbsolutePath();
        int httpPort = LibertyServer.freePort();
        base = URI.create("http://localhost:" + httpPort);
        log = work.resolve("payara.log");

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--nocluster", "--rootdir", rootDir.toString(), "--port",
                String.valueOf(httpPort), "--sslport", String.valueOf(LibertyServer.freePort()), "--contextroot", "/",
                "--systemproperties", Path.of("payara/skillfast.properties").toAbsolutePath().toString(),
                "--deploy", war.toString());
        builder.environment().putAll(Map.of(
                "SKILLFAST_DATA_DIR", dataDir.toString(),
                "SKILLFAST_ADMIN_EMAIL", ADMIN,
                "SKILLFAST_ADMIN_PASSWORD", Accounts.adminPassword(),
                "SKILLFAST_JWT_PRIVATE_KEY_LOCATION", keys.resolve("private.pem").toString(),
                "SKILLFAST_JWT_PUBLIC_KEY_LOCATION", keys.resolve("public.pem").toString(),
                "SKILLFAST_DEMO_DATA", "false",
                "SKILLFAST_BILLING_UNIT_SECONDS", "3"));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        payara = builder.start();
        awaitReady(base.resolve("/health/ready"));
    }

    private static void awaitReady(URI readiness) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        long giveUp = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + payara.exitValue() + ": " + tail());
            }
            if (LibertyServer.ready(http, readiness)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("Payara Micro was not ready within " + START_DEADLINE.toSeconds() + " s: " + tail());
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return "(log " + log + ")\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (payara != null) {
            payara.destroy(); // SIGTERM: Payara's shutdown hook undeploys SkillFast, which closes its database
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void theSmokeJourneyRunsOnPayaraMicro() throws IOException {
        assertThat(Files.readString(log)).as("Payara Micro deployed the WAR itself")
                .contains("skillfast was successfully deployed").contains("Payara Micro " + System.getProperty(
                        "skillfast.it.payara.version", ""));
        SmokeJourney.run(base, ADMIN, Accounts.adminPassword());

        HttpResponse<String> openApi = ItServer.send(HttpRequest.newBuilder(base.resolve("/openapi")).GET().build());
        assertThat(openApi.statusCode()).as("the build's OpenAPI document, served as on Liberty").isEqualTo(200);
        assertThat(openApi.body()).contains("title: SkillFast API").contains("/api/experts:");
    }
}
