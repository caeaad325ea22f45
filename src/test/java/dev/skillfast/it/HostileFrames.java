package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

/**
 * The WebSocket half of {@link HostileInputIT}: frames that must be {@code bad-message} (never
 * {@code internal}), store nothing and leave the connection open; floods; binary frames; chat text with
 * broken UTF-16. One active chat session is shared by the frame cases; its two connections stay open
 * (a participant gone longer than the grace would end it).
 */
final class HostileFrames {

    private static Accounts.Session client;
    private static String activeId;
    private static String endedId;
    private static LiveClient clientLine;
    private static LiveClient expertLine;

    private HostileFrames() {
    }

    /** Frames with {@code {active}} and {@code {ended}} standing for a session the sender takes part in. */
    static Stream<String> malformed() {
        return Stream.of(
                "this is not json",
                "[1,2,3]",
                "null",
                "\"text\"",
                "{}",
                "{\"type\": 1, \"id\": \"b-type\"}",
                "{\"type\":",
                "\u0000",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"type\":\"ping\",\"id\":\"b-deep\",\"x\":" + "{\"y\":".repeat(40) + "1" + "}".repeat(40) + "}",
                "{\"type\":\"ping\",\"id\":\"b-long\",\"n\":" + "9".repeat(2_000) + "}",
                "{\"type\":\"chat.read\",\"id\":\"b-seq1\",\"sessionId\":\"{ended}\",\"seq\":1.5}",
                "{\"type\":\"chat.read\",\"id\":\"b-seq2\",\"sessionId\":\"{ended}\",\"seq\":18446744073709551617}",
                "{\"type\":\"chat.read\",\"id\":\"b-seq3\",\"sessionId\":\"{ended}\",\"seq\":\"3\"}",
                "{\"type\":\"chat.read\",\"id\":\"b-seq4\",\"sessionId\":\"{ended}\",\"seq\":-1}",
                "{\"type\":\"chat.read\",\"id\":\"b-seq5\",\"sessionId\":\"{ended}\",\"seq\":1e30}",
                "{\"type\":\"chat.send\",\"id\":\"b-text1\",\"sessionId\":\"{active}\",\"text\":12}",
                "{\"type\":\"chat.send\",\"id\":\"b-text2\",\"sessionId\":\"{active}\",\"text\":\"\"}",
                "{\"type\":\"chat.send\",\"id\":\"b-text3\",\"sessionId\":\"{active}\",\"text\":{\"$gt\":\"\"}}",
                "{\"type\":\"chat.send\",\"id\":\"b-text4\",\"sessionId\":\"{active}\",\"text\":\"   \"}",
                "{\"type\":\"chat.send\",\"id\":\"b-text5\",\"sessionId\":\"{active}\"}",
                "{\"type\":\"chat.send\",\"id\":\"b-sid\",\"sessionId\":123,\"text\":\"hi\"}",
                "{\"type\":\"presence.watch\",\"id\":\"b-watch1\",\"expertIds\":\"x\"}",
                "{\"type\":\"presence.watch\",\"id\":\"b-watch2\",\"expertIds\":[1]}");
    }

    /** The shared session: started once, on first use. */
    private static synchronized void ensureSession() {
        if (clientLine != null) {
            return;
        }
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        client = LiveSessions.client();
        expertLine = LiveClient.connect(expert);
        clientLine = LiveClient.connect(client);
        endedId = LiveSessions.active(client, expert, "CHAT");
        assertThat(LiveSessions.act(client, endedId, "end").statusCode()).isEqualTo(200);
        activeId = LiveSessions.active(client, expert, "CHAT");
    }

    static synchronized void close() {
        if (clientLine != null) {
            LiveSessions.act(client, activeId, "end");
            clientLine.close();
            expertLine.close();
            clientLine = null;
        }
    }

    static void assertBadMessage(String template) {
        ensureSession();
        String frame = template.replace("{active}", activeId).replace("{ended}", endedId);
        long storedBefore = lastSeq();
        clientLine.send(frame);
        int idAt = frame.indexOf("\"id\":\"");
        JsonObject error = idAt < 0 ? clientLine.await("error")
                : clientLine.awaitError(frame.substring(idAt + 6, frame.indexOf('"', idAt + 6)));
        assertThat(error.getString("code")).as(error.toString()).isEqualTo("bad-message");
        assertThat(error.getString("message")).doesNotContain("Exception").doesNotContain("java.");
        assertThat(lastSeq()).as("nothing stored").isEqualTo(storedBefore);
        assertStillAnswers(clientLine);
    }

    private static long lastSeq() {
        return LiveSessions.messages(client, activeId, 0).getJsonNumber("lastSeq").longValue();
    }

    /** A ping is answered (once the rate limit has room again: it refills within two seconds). */
    static void assertStillAnswers(LiveClient line) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            String id = "alive-" + System.nanoTime();
            line.send("{\"type\":\"ping\",\"id\":\"" + id + "\"}");
            JsonObject answer = line.awaitReply(id);
            if ("pong".equals(answer.getString("type"))) {
                return;
            }
            assertThat(answer.getString("code")).isEqualTo("rate-limited");
            assertThat(System.nanoTime()).as("answered within 5 s").isLessThan(deadline);
            Billing.pause(Duration.ofMillis(300));
        }
    }

    /** Every frame counts against the limit before it is read, malformed ones too; none is an internal error. */
    static void assertMalformedFloodIsLimited() {
        Accounts.Session flooder = Accounts.newUser("CLIENT");
        try (LiveClient line = LiveClient.connect(flooder)) {
            int frames = 150;
            for (int i = 0; i < frames; i++) {
                line.send("{\"id\":\"flood-" + i + "\", not json");
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                codes.add(line.await("error").getString("code"));
            }
            assertThat(codes).contains("rate-limited").containsOnly("bad-message", "rate-limited");
            assertThat(line.closed).isNotDone();
            assertStillAnswers(line);
        }
    }

    static void assertBinaryFrameCloses(ByteBuffer data) {
        try (LiveClient line = LiveClient.connect(Accounts.newUser("CLIENT"))) {
            line.sendBinary(data);
            assertThat(line.awaitClose()).isEqualTo(1003);
        }
    }

    static void assertLoneSurrogateReplacedAlike() {
        ensureSession();
        String id = "surrogate-" + System.nanoTime();
        clientLine.send("{\"type\":\"chat.send\",\"id\":\"" + id + "\",\"sessionId\":\"" + activeId
                + "\",\"text\":\"a\\ud800b\\udc00c \\ud83d\\ude00\"}");
        JsonObject live = clientLine.await("chat.message", m -> id.equals(m.getString("replyTo", null)));
        String expected = "a\uFFFDb\uFFFDc \uD83D\uDE00";
        assertThat(live.getString("text")).isEqualTo(expected);
        assertThat(expertLine.await("chat.message", m -> live.getJsonNumber("seq").equals(m.getJsonNumber("seq")))
                .getString("text")).isEqualTo(expected);
        JsonObject stored = LiveSessions.messages(client, activeId, live.getJsonNumber("seq").longValue() - 1)
                .getJsonArray("items").getJsonObject(0);
        assertThat(stored.getString("text")).as("history says what was delivered").isEqualTo(expected);
    }

    /** A normal chat between two new users: sent, stored, delivered, and the session ends and settles. */
    static void assertChatRoundTrip() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session buyer = LiveSessions.client();
        try (LiveClient experts = LiveClient.connect(expert); LiveClient buyers = LiveClient.connect(buyer)) {
            String id = LiveSessions.active(buyer, expert, "CHAT");
            buyers.send(LiveSessions.chat("hello-1", id, "Hello, are you there?"));
            JsonObject received = experts.await("chat.message", m -> id.equals(m.getString("sessionId")));
            assertThat(received.getString("text")).isEqualTo("Hello, are you there?");
            buyers.await("chat.message", m -> "hello-1".equals(m.getString("replyTo", null)));
            experts.send(LiveSessions.chat("hello-2", id, "Yes, here."));
            assertThat(buyers.await("chat.message", m -> m.getJsonNumber("seq").longValue() == 2).getString("text"))
                    .isEqualTo("Yes, here.");
            assertThat(LiveSessions.act(buyer, id, "end").statusCode()).isEqualTo(200);
            assertThat(Billing.receipt(buyer, id).getJsonNumber("unitsBilled").longValue()).isPositive();
        }
    }
}
