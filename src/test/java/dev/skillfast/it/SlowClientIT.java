package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A client that stops reading must not hold up anybody else's chat (issue 18: chat messages are written
 * synchronously on the chat writer's thread). One client stops taking frames off its socket while its
 * expert floods the session from several tabs until the server's writes to it block; another pair's
 * messages keep arriving meanwhile, the server logs that it switched that connection to asynchronous
 * writes, and once the client reads again it receives every message, in order.
 */
class SlowClientIT {

    private static final String STALL_LOGGED = "A chat client stopped reading";
    private static final int TABS = 8;
    private static final int MAX_ROUNDS = 2_500; // at most 20,000 messages of 4,000 characters: far more than socket buffers hold
    private static final String LONG_TEXT = "x".repeat(4_000);

    @Test
    void aClientThatStopsReadingDoesNotHoldUpOtherSessions() throws Exception {
        Accounts.Session stuckUser = LiveSessions.client();
        Accounts.Session flooder = LiveSessions.expert("flooding");
        Accounts.Session otherClient = LiveSessions.client();
        Accounts.Session otherExpert = LiveSessions.expert("bystanding");
        List<LiveClient> tabs = new ArrayList<>();
        try (LiveClient stuck = LiveClient.connect(stuckUser);
             LiveClient flooderTab = LiveClient.connect(flooder);
             LiveClient bystander = LiveClient.connect(otherClient);
             LiveClient bystanderExpert = LiveClient.connect(otherExpert)) {
            String flooded = LiveSessions.active(stuckUser, flooder, "CHAT");
            String other = LiveSessions.active(otherClient, otherExpert, "CHAT");
            tabs.add(flooderTab);
            for (int i = 1; i < TABS; i++) {
                tabs.add(LiveClient.connect(flooder));
            }
            stuck.pauseReading();
            long logStart = logSize();

            int sent = 0;
            int rounds = 0;
            while (!logSince(logStart).contains(STALL_LOGGED)) {
                assertThat(rounds++).as("the server's writes to the stopped client never blocked").isLessThan(MAX_ROUNDS);
                for (LiveClient tab : tabs) {
                    tab.send(LiveSessions.chat("flood-" + sent, flooded, LONG_TEXT));
                    sent++;
                }
                Thread.sleep(45); // within the test server's budget of 60 messages per 2 s and connection
                if (rounds % 10 == 0) {
                    roundTrip(bystander, bystanderExpert, other, "while flooding " + rounds);
                }
            }
            for (int i = 0; i < 3; i++) {
                roundTrip(bystander, bystanderExpert, other, "after the stall " + i);
            }

            stuck.resumeReading();
            for (long seq = 1; seq <= sent; seq++) {
                long expected = seq;
                stuck.await("chat.message", m -> m.getString("sessionId").equals(flooded)
                        && m.getJsonNumber("seq").longValue() == expected);
            }
        } finally {
            tabs.forEach(LiveClient::close);
        }
    }

    /** A message from the other pair arrives (within LiveClient's wait) while the stopped client's writes block. */
    private static void roundTrip(LiveClient from, LiveClient to, String sessionId, String text) {
        String id = "other-" + System.nanoTime();
        from.send(LiveSessions.chat(id, sessionId, text));
        to.await("chat.message", m -> m.getString("text").equals(text));
        from.awaitReply(id);
    }

    private static Path log() {
        return Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"), "usr", "servers",
                System.getProperty("skillfast.it.server", "skillfastIT"), "logs", "messages.log");
    }

    private static long logSize() throws IOException {
        return Files.size(log());
    }

    private static String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(log());
            return offset >= all.length ? "" : new String(all, (int) offset, all.length - (int) offset,
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
