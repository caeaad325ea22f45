package dev.skillfast.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonObject;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Two SkillFast servers in one cluster (issue 19), for the multi-node tests: a MongoDB stand-in in this
 * JVM (mongo-java-server on an in-memory H2 store, on 127.0.0.1 only) and two further Liberty servers,
 * {@value #NODE_A} and {@value #NODE_B}, in the integration-test server's installation, each with the
 * production server.xml and jvm.options, the build's WAR and a bootstrap.properties that points it at that
 * database, joins the two in a cluster of their own (loopback, free ports, a name new at every run) and
 * takes the integration-test server's test settings (administrator, signing keys, loose limits, fast
 * billing and presence). The scripts run on this JVM's Java. {@link #start()} starts A, then B, and
 * answers once both see two members; {@link #close()} stops both and the database.
 */
public final class ClusterNodes implements AutoCloseable {

    static final String NODE_A = "skillfastNodeA";
    static final String NODE_B = "skillfastNodeB";
    private static final Duration READY = Duration.ofSeconds(180);
    private static final Duration JOINED = Duration.ofSeconds(90);
    /**
     * mongo-java-server's log (java.util.logging here) quieted as server.xml does: every collection, index
     * and connection of both nodes, and a warning for each non-unique index it ignores, would otherwise
     * fill the test output. Held in fields so that the levels are not collected with the loggers.
     */
    private static final Logger MONGO_LOG = Logger.getLogger("de.bwaldvogel.mongo");
    private static final Logger MONGO_INDEX_LOG = Logger.getLogger("de.bwaldvogel.mongo.backend.AbstractMongoDatabase");

    private final MongoServer mongo;
    private final Node a;
    private final Node b;

    /** One server of the pair and the HTTP port it answers on. */
    private record Node(LibertyServer server, int httpPort) {

        URI base() {
            return URI.create("http://localhost:" + httpPort);
        }

        void start() throws Exception {
            double seconds = server.startUntilReady(base().resolve("/health/ready"), READY);
            System.out.printf("%s ready at %s after %.1f s%n", server.name(), base(), seconds);
        }

        /** GET /api/info: {@code nodeId}, {@code clusterMembers}… */
        JsonObject info() {
            HttpResponse<String> info = ItServer.send(HttpRequest.newBuilder(base().resolve("/api/info"))
                    .timeout(Duration.ofSeconds(5)).GET().build());
            if (info.statusCode() != 200) {
                throw new IllegalStateException(server.name() + " /api/info answered " + info.statusCode() + ": " + info.body());
            }
            return ItServer.json(info);
        }
    }

    private ClusterNodes(MongoServer mongo, Node a, Node b) {
        this.mongo = mongo;
        this.a = a;
        this.b = b;
    }

    /** Creates and starts the database and both servers; fails (printing where the logs are) if they do not join. */
    public static ClusterNodes start() throws Exception {
        Path wlp = Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"));
        Path war = Path.of(System.getProperty("skillfast.it.war", "target/skillfast.war"));
        Path javaHome = Path.of(System.getProperty("java.home"));
        MONGO_LOG.setLevel(Level.WARNING);
        MONGO_INDEX_LOG.setLevel(Level.SEVERE);
        MongoServer mongo = new MongoServer(H2Backend.inMemory());
        mongo.bind(new InetSocketAddress("127.0.0.1", 0));
        ClusterNodes nodes = null;
        try {
            InetSocketAddress database = mongo.getLocalAddress();
            String mongodbUri = "mongodb://" + database.getHostString() + ":" + database.getPort() + "/skillfast";
            int hazelcastA = LibertyServer.freePort();
            int hazelcastB = LibertyServer.freePort();
            String cluster = "skillfast-it-" + UUID.randomUUID().toString().substring(0, 8);
            Settings settings = new Settings(war, mongodbUri, cluster,
                    "127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB);
            nodes = new ClusterNodes(mongo, create(wlp, javaHome, NODE_A, settings, hazelcastA),
                    create(wlp, javaHome, NODE_B, settings, hazelcastB));
            nodes.a.start();
            nodes.b.start();
            nodes.awaitMembers(2);
            return nodes;
        } catch (Exception | Error e) {
            if (nodes != null) {
                System.err.println("The cluster did not start. " + nodes.logLocations());
                nodes.close();
            } else {
                mongo.shutdownNow();
            }
            throw e;
        }
    }

    /** The shared database's connection string (the tests' MongoDB stand-in). */
    public String mongodbUri() {
        InetSocketAddress database = mongo.getLocalAddress();
        return "mongodb://" + database.getHostString() + ":" + database.getPort() + "/skillfast";
    }

    /** Node A's base URI ({@code http://localhost:<port>}). */
    public URI a() {
        return a.base();
    }

    /** Node B's base URI. */
    public URI b() {
        return b.base();
    }

    /** GET /api/info of node A: its {@code nodeId} and the {@code clusterMembers} it sees. */
    public JsonObject infoA() {
        return a.info();
    }

    public JsonObject infoB() {
        return b.info();
    }

    /** Node A's running JVM (for CPU readings). */
    public ServerProcess processA() throws IOException {
        return a.server.process();
    }

    public ServerProcess processB() throws IOException {
        return b.server.process();
    }

    /** SIGKILL to node B's JVM, as a power cut would: no shutdown hook, no goodbye to the cluster. */
    public void killB() throws Exception {
        b.server.process().kill();
    }

    /** Starts node B again (same settings) and waits until it is ready and both nodes see two members. */
    public void startB() throws Exception {
        b.start();
        awaitMembers(2);
    }

    /** Waits until both nodes' /api/info report {@code count} cluster members. */
    public void awaitMembers(int count) throws InterruptedException {
        awaitMembers(count, List.of(a, b));
    }

    /** Waits until node A alone reports {@code count} members (e.g. 1 once a killed B has been given up). */
    public void awaitMembersOnA(int count) throws InterruptedException {
        awaitMembers(count, List.of(a));
    }

    /** Where each server's logs are: for a failure message. */
    public String logLocations() {
        return "Logs: " + a.server.name() + " " + a.server.logs().resolve("messages.log") + ", "
                + b.server.name() + " " + b.server.logs().resolve("messages.log");
    }

    /** Stops both servers (reporting, not throwing, what fails) and the database. */
    @Override
    public void close() {
        b.server.stopQuietly();
        a.server.stopQuietly();
        mongo.shutdownNow();
    }

    private void awaitMembers(int count, List<Node> nodes) throws InterruptedException {
        long deadline = System.nanoTime() + JOINED.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            StringBuilder seen = new StringBuilder();
            boolean all = true;
            for (Node node : nodes) {
                int members = node.info().getInt("clusterMembers");
                seen.append(node.server.name()).append(": ").append(members).append(' ');
                all &= members == count;
            }
            if (all) {
                return;
            }
            last = seen.toString();
            Thread.sleep(250);
        }
        throw new IllegalStateException("The nodes did not see " + count + " cluster members within " + JOINED.toSeconds()
                + " s (last: " + last.trim() + "). " + logLocations());
    }

    /** What both nodes share: the WAR, the database, the cluster's name and members. */
    private record Settings(Path war, String mongodbUri, String cluster, String members) {
    }

    private static Node create(Path wlp, Path javaHome, String name, Settings settings, int hazelcastPort)
            throws IOException, InterruptedException {
        LibertyServer server = new LibertyServer(wlp, name, javaHome);
        Path dataDir = settings.war().toAbsolutePath().getParent().resolve("cluster-data/" + name);
        LibertyServer.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        int httpPort = LibertyServer.freePort();
        server.create(settings.war(), """
                # Written by ClusterNodes (integration tests): one node of a two-node cluster on the tests' MongoDB stand-in.
                skillfast.http.port=%d
                skillfast.https.port=%d
                skillfast.data.dir=%s
                skillfast.mongodb.uri=%s
                skillfast.cluster.members=%s
                skillfast.cluster.port=%d
                skillfast.cluster.interface=127.0.0.1
                skillfast.cluster.name=%s
                skillfast.cluster.member-timeout=PT5S
                """.formatted(httpPort, LibertyServer.freePort(), dataDir, settings.mongodbUri(), settings.members(),
                hazelcastPort, settings.cluster()) + testSettings());
        return new Node(server, httpPort);
    }

    /** The integration-test server's test settings (pom.xml, it-server-start), from what failsafe passes. */
    private static String testSettings() {
        Path keys = Path.of("src/test/resources/it-keys").toAbsolutePath();
        return """
                skillfast.admin.email=%s
                skillfast.admin.password=%s
                skillfast.jwt.private-key-location=%s
                skillfast.jwt.public-key-location=%s
                skillfast.rate.login-per-address=100000/PT1M
                skillfast.rate.register-per-address=100000/PT1M
                skillfast.rate.refresh-per-address=100000/PT1M
                skillfast.rate.api-per-address=100000/PT1M
                skillfast.rate.api-per-user=100000/PT1M
                skillfast.presence.offline-after=PT2S
                skillfast.billing.unit-seconds=%s
                skillfast.billing.sweep-interval=%s
                skillfast.sessions.disconnect-grace=%s
                skillfast.demo-data.client-credit=%s
                """.formatted(Accounts.adminEmail(), Accounts.adminPassword(), keys.resolve("private.pem"),
                keys.resolve("public.pem"), Billing.UNIT.toSeconds(),
                System.getProperty("skillfast.it.billing.sweep", "PT1S"),
                System.getProperty("skillfast.it.disconnect-grace", "PT8S"),
                System.getProperty("skillfast.it.client-credit", "10000"));
    }
}
