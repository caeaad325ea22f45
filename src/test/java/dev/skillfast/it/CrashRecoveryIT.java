package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Kills the server (SIGKILL, no shutdown hooks) in the middle of a billed session, waits, starts it
 * again and checks the recovery policy: the down time is billed up to the last moment billing saw both
 * participants connected plus the disconnect grace (8 s here), each unit exactly once, and the orphaned
 * session ends for DISCONNECT when that grace ran out. Likewise in the middle of a burst of payment
 * events: nothing acknowledged is lost, nothing is credited twice. The server is up again when each test
 * ends.
 */
class CrashRecoveryIT {

    private static final long RATE = 100;
    private static final Duration GRACE = Duration.parse(System.getProperty("skillfast.it.disconnect-grace", "PT8S"));

    @Test
    void aKilledServerBillsTheMissedUnitsOncePerThePolicyAndEndsTheOrphanedSession() throws Exception {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(10_000);
        String id;
        Instant startedAt;
        long billedBeforeKill;
        Instant killedAt;
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            id = LiveSessions.active(client, expert, "CHAT");
            startedAt = Instant.parse(Billing.session(client, id).getString("startedAt"));
            clientLine.await("billing.tick", t -> t.getJsonNumber("minutes").longValue() >= 2);
            Billing.pause(Billing.UNIT.dividedBy(2));
            billedBeforeKill = Billing.session(client, id).getJsonObject("billing").getJsonNumber("unitsBilled").longValue();
            killedAt = Instant.now();
            kill();
        }
        Billing.pause(Billing.UNIT.multipliedBy(2));
        start();

        JsonObject ended = awaitEnded(client, id);
        assertThat(ended.getString("endReason")).isEqualTo("DISCONNECT");
        Instant endedAt = Instant.parse(ended.getString("endedAt"));
        // the grace counts from the last time both were seen, which is before the kill, and no earlier than the
        // start of the last unit charged before it (a charge with both connected stamps that time)
        assertThat(endedAt).isBefore(killedAt.plus(GRACE).plusMillis(1));
        Instant lastChargedUnit = startedAt.plus(Billing.UNIT.multipliedBy(billedBeforeKill - 1));
        assertThat(endedAt).isAfterOrEqualTo(lastChargedUnit.plus(GRACE));
        JsonObject receipt = Billing.receipt(client, id);
        long units = receipt.getJsonNumber("unitsBilled").longValue();
        long unitMillis = Billing.UNIT.toMillis();
        long startedBeforeEnd = (Duration.between(startedAt, endedAt).toMillis() + unitMillis - 1) / unitMillis;
        assertThat(units).isEqualTo(startedBeforeEnd);
        assertThat(units).as("the down time was billed").isGreaterThan(billedBeforeKill);
        assertThat(Billing.charges(client, id)).extracting(c -> c.getJsonNumber("unitIndex").longValue())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.range(1, units).boxed().toList());
        // sweeping again charges nothing more
        assertThat(CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/billing/sweep", null).statusCode()).isEqualTo(200);
        assertThat(Billing.balance(client)).isEqualTo(10_000 - (units - 1) * RATE); // the first unit is free
        awaitBooksClean();
    }

    /**
     * Demo top-ups paid by 8 callers at once, the server killed part way through: after the restart every
     * payment is retried (as a provider retries a webhook that got no 2xx), and each top-up is credited
     * exactly once — none acknowledged before the kill is lost, none is credited twice. A credit entry the
     * kill left half written is completed by ledger recovery (its writer must be gone two minutes first), so
     * the retries may answer 503 for that long.
     */
    @Test
    void aKillBetweenPaymentsAndTheJournalLosesAndDoublesNothing() throws Exception {
        Accounts.Session client = Accounts.newUser("CLIENT");
        List<String> ids = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 60; i++) {
            long amount = 500 + 10L * i;
            ids.add(Payments.topup(client, "DEMO", amount).getString("id"));
            total += amount;
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService payers = Executors.newFixedThreadPool(8);
        try {
            for (String id : ids) {
                payers.submit(() -> {
                    HttpResponse<String> paid = Payments.post(client, "/api/payments/demo/topups/" + id + "/pay", null);
                    if (paid.statusCode() == 200 && ItServer.json(paid).getString("status").equals("SUCCEEDED")) {
                        acknowledged.add(id);
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < ids.size() / 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            kill();
        } finally {
            payers.shutdownNow();
        }
        assertThat(acknowledged).hasSizeLessThan(ids.size());
        start();

        for (String id : acknowledged) {
            assertThat(Payments.get(client, id).getString("status")).as("acknowledged before the kill").isEqualTo("SUCCEEDED");
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        List<String> open = new ArrayList<>(ids);
        while (!open.isEmpty()) {
            assertThat(System.nanoTime()).as("every payment retried through: %s", open).isLessThan(deadline);
            open.removeIf(id -> {
                HttpResponse<String> paid = Payments.post(client, "/api/payments/demo/topups/" + id + "/pay", null);
                assertThat(paid.statusCode()).as(paid.body()).isIn(200, 503);
                return paid.statusCode() == 200 && ItServer.json(paid).getString("status").equals("SUCCEEDED");
            });
            if (!open.isEmpty()) {
                Billing.pause(Duration.ofSeconds(2));
            }
        }
        assertThat(Billing.balance(client)).isEqualTo(total);
        HttpResponse<String> credits = client.get("/api/wallet/transactions?type=TOPUP&size=100");
        assertThat(ItServer.json(credits).getJsonNumber("total").longValue()).isEqualTo(ids.size());
        awaitBooksClean();
    }

    /** Ledger recovery finishes what the kill cut short within a few minutes; then the books balance. */
    private static void awaitBooksClean() {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!Billing.ledgerDifferences().isEmpty()) {
            assertThat(System.nanoTime()).as("the books balance again: %s", Billing.ledgerDifferences()).isLessThan(deadline);
            Billing.pause(Duration.ofSeconds(2));
        }
    }

    private static JsonObject awaitEnded(Accounts.Session who, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject session = Billing.session(who, id);
            if ("ENDED".equals(session.getString("state"))) {
                return session;
            }
            assertThat(System.nanoTime()).as("session " + id + " ended after the restart").isLessThan(deadline);
            Billing.pause(Duration.ofMillis(300));
        }
    }

    private static Path wlp() {
        return Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"));
    }

    private static String server() {
        return System.getProperty("skillfast.it.server", "skillfastIT");
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no final database commit. */
    private static void kill() throws Exception {
        ProcessHandle process = serverProcess().orElseThrow(() -> new AssertionError("no running server " + server()));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static Optional<ProcessHandle> serverProcess() throws IOException {
        Path pidFile = wlp().resolve("usr/servers/.pid/" + server() + ".pid");
        if (Files.exists(pidFile)) {
            Optional<ProcessHandle> byPid = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
            if (byPid.isPresent() && byPid.get().isAlive()) {
                return byPid;
            }
        }
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("ws-server.jar") && c.contains(" " + server())).orElse(false)).findFirst();
    }

    /** Starts the server again the way the build did (same server directory, so same settings) and waits until ready. */
    private static void start() throws Exception {
        String script = System.getProperty("os.name").toLowerCase().contains("win") ? "server.bat" : "server";
        Process starting = new ProcessBuilder(wlp().resolve("bin").resolve(script).toString(), "start", server())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(starting.waitFor(180, TimeUnit.SECONDS)).as("server start returned").isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                HttpResponse<String> ready = ItServer.get("/health/ready");
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while it starts
            }
            assertThat(System.nanoTime()).as("server ready again").isLessThan(deadline);
            Billing.pause(Duration.ofMillis(500));
        }
    }
}
