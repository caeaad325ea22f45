package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR on an Open Liberty server an IT department already runs (README "Deploy on an existing Open
 * Liberty"): a plain server made by Liberty's {@code server create}, whose own server.xml adds nothing of
 * SkillFast's but the features include (liberty/skillfast-features.xml) and the application; no build-time
 * configuration, no jvm.options. Settings come as bootstrap properties (the same MicroProfile Config keys
 * as environment variables). On a fresh database it runs the smoke journey: health, sign-in, search, and a
 * chat session over the WebSocket.
 */
class ExistingLibertyIT {

    private static final String NAME = "skillfastExisting";
    private static final String ADMIN = "ops-admin@it.skillfast.local";

    private static LibertyServer server;
    private static URI base;

    @BeforeAll
    static void deployOnAPlainServer() throws Exception {
        Path wlp = Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"));
        Path war = Path.of(System.getProperty("skillfast.it.war", "target/skillfast.war"));
        Path dataDir = war.toAbsolutePath().getParent().resolve("existing-liberty-data");
        LibertyServer.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        Path keys = Path.of("src/test/resources/it-keys").toAbsolutePath();
        int httpPort = LibertyServer.freePort();
        base = URI.create("http://localhost:" + httpPort);
        server = new LibertyServer(wlp, NAME, Path.of(System.getProperty("java.home")));
        if (Files.isDirectory(server.dir())) {
            server.run("stop");
            LibertyServer.deleteTree(server.dir());
        }
        server.run("create");
        Path dir = server.dir();
        // the department's own server.xml: its ports, SkillFast's include, the application
        Files.writeString(dir.resolve("server.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <server description="The IT department's application server">
                    <include location="skillfast-features.xml"/>
                    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="${http.port}" httpsPort="${https.port}"/>
                    <webApplication id="skillfast" location="skillfast.war" contextRoot="/"/>
                </server>
                """);
        Files.copy(Path.of("liberty", LibertyServer.FEATURES_INCLUDE), dir.resolve(LibertyServer.FEATURES_INCLUDE),
                StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dir.resolve("apps"));
        Files.copy(war, dir.resolve("apps/skillfast.war"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("bootstrap.properties"), """
                # Written by ExistingLibertyIT: the server's ports, then SkillFast's settings.
                http.port=%d
                https.port=%d
                skillfast.data.dir=%s
                skillfast.admin.email=%s
                skillfast.admin.password=%s
                skillfast.jwt.private-key-location=%s
                skillfast.jwt.public-key-location=%s
                skillfast.demo-data=false
                skillfast.billing.unit-seconds=3
                """.formatted(httpPort, LibertyServer.freePort(), dataDir, ADMIN, Accounts.adminPassword(),
                keys.resolve("private.pem"), keys.resolve("public.pem")));
        server.startUntilReady(base.resolve("/health/ready"), Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stopQuietly();
        }
    }

    @Test
    void theSmokeJourneyRunsOnAPlainServerWithOnlyTheIncludeAndTheWar() {
        SmokeJourney.run(base, ADMIN, Accounts.adminPassword());
        assertThat(server.dir().resolve("jvm.options")).as("no build-time configuration").doesNotExist();
    }
}
