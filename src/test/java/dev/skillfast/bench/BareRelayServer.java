package dev.skillfast.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.skillfast.bench.relay.BareRelay;
import dev.skillfast.it.LibertyServer;
import dev.skillfast.it.ServerProcess;

/**
 * A second Liberty server, {@value #NAME}, in the integration-test server's installation, running only
 * {@link BareRelay}: the same Liberty, the same features (the featureManager block of SkillFast's
 * features include, liberty/skillfast-features.xml, read from it so the two stay in step), the same jvm.options and the same Java. Created on
 * first use, reconfigured on a free port on every start, stopped by {@link #close()}.
 */
final class BareRelayServer implements AutoCloseable {

    static final String NAME = "bareRelay";
    private static final Path SKILLFAST_CONFIG = Path.of("liberty");
    private static final Pattern FEATURES = Pattern.compile("(?s)[ \\t]*<featureManager>.*?</featureManager>");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final LibertyServer server;
    private final int port;
    private ServerProcess process;

    private BareRelayServer(LibertyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Configures and starts the relay server; answers once a WebSocket opens on it. */
    static BareRelayServer start(Path wlp, Path javaHome) throws Exception {
        BareRelayServer relay = new BareRelayServer(new LibertyServer(wlp, NAME, javaHome), LibertyServer.freePort());
        try {
            relay.configure();
            relay.server.run("start");
            relay.awaitRelay();
            relay.process = relay.server.process();
            return relay;
        } catch (Exception | Error e) {
            relay.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    ServerProcess process() {
        return process;
    }

    URI relayUri(String pair) {
        return URI.create("ws://localhost:" + port + "/relay/" + pair);
    }

    @Override
    public void close() {
        server.stopQuietly();
    }

    private void configure() throws Exception {
        Path dir = server.dir();
        if (Files.isDirectory(dir)) {
            server.run("stop"); // left running by an interrupted run, perhaps
        } else {
            server.run("create"); // also writes server.env with a keystore password for transportSecurity
        }
        Files.writeString(dir.resolve("server.xml"), serverXml());
        Files.copy(SKILLFAST_CONFIG.resolve("jvm.options"), dir.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dir.resolve("apps"));
        writeWar(dir.resolve("apps/bare-relay.war"));
    }

    private String serverXml() throws IOException {
        Matcher features = FEATURES.matcher(Files.readString(SKILLFAST_CONFIG.resolve("skillfast-features.xml")));
        if (!features.find()) {
            throw new IllegalStateException("No <featureManager> block in " + SKILLFAST_CONFIG.resolve("skillfast-features.xml"));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by ChatCostBenchmark on every run: SkillFast's features (the featureManager block
                     of liberty/skillfast-features.xml), a bare WebSocket relay and nothing else. -->
                <server description="Bare WebSocket relay (ChatCostBenchmark)">

                %s

                    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="%d" httpsPort="-1"/>

                    <webApplication id="bareRelay" name="bareRelay" location="bare-relay.war" contextRoot="/"/>
                </server>
                """.formatted(features.group(), port);
    }

    /** The relay's classes from the test classes, as WEB-INF/classes of a WAR (no web.xml needed). */
    private static void writeWar(Path war) throws Exception {
        Path classes = Path.of(BareRelay.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path relayPackage = classes.resolve(BareRelay.class.getPackageName().replace('.', '/'));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(relayPackage)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private void awaitRelay() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                http.newWebSocketBuilder().buildAsync(relayUri("probe"), new WebSocket.Listener() { })
                        .get(5, TimeUnit.SECONDS).abort();
                return;
            } catch (Exception e) {
                last = e;
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new IllegalStateException("The bare relay does not answer on port " + port
                + " (see " + server.logs() + "): " + last);
    }
}
