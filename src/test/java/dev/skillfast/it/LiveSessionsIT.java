package dev.skillfast.it;

import static dev.skillfast.it.LiveSessions.act;
import static dev.skillfast.it.LiveSessions.active;
import static dev.skillfast.it.LiveSessions.chat;
import static dev.skillfast.it.LiveSessions.messages;
import static dev.skillfast.it.LiveSessions.requested;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The session lifecycle and the WebSocket gateway against the running server: handshake refusals,
 * request → accept → chat, catching up after a reconnection, outsiders, races, presence, bad frames.
 */
class LiveSessionsIT {

    @Test
    void handshakeRefusesMissingUsedAndForgedTicketsAndForeignOrigins() {
        Accounts.Session client = LiveSessions.client();
        assertThat(LiveClient.refusedStatus(LiveClient.wsUri(null), null)).isEqualTo(401);
        assertThat(LiveClient.refusedStatus(LiveClient.wsUri("not-a-ticket"), null)).isEqualTo(401);

        String ticket = LiveClient.ticket(client);
        assertThat(LiveClient.refusedStatus(LiveClient.wsUri(ticket), "https://evil.example.com")).isEqualTo(403);
        assertThat(LiveClient.refusedStatus(LiveClient.wsUri(ticket), "null")).isEqualTo(403);
        // the refused handshake did not use the ticket up: it works once from this server's own origin...
        try (LiveClient sameOrigin = LiveClient.open(LiveClient.wsUri(ticket), "http://localhost:" + ItServer.httpPort()).join()) {
            assertThat(sameOrigin.await("welcome").getString("userId")).isEqualTo(client.userId());
        }
        // ...and never again
        assertThat(LiveClient.refusedStatus(LiveClient.wsUri(ticket), null)).isEqualTo(401);

        try (LiveClient partner = LiveClient.open(LiveClient.wsUri(LiveClient.ticket(client)), "https://partner.example.com").join()) {
            assertThat(partner.await("welcome").getInt("protocol")).isEqualTo(1);
        }
        assertThat(ItServer.send(java.net.http.HttpRequest.newBuilder(ItServer.uri("/api/ws-ticket"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(401);
        HttpResponse<String> plainGet = ItServer.get("/ws");
        assertThat(plainGet.statusCode()).isEqualTo(400);
        assertThat(plainGet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void requestAcceptAndChatBothWaysWithStoredOrderedMessages() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient expertTab2 = LiveClient.connect(expert);
             LiveClient clientLine = LiveClient.connect(client)) {
            String id = requested(client, expert.userId(), "CHAT");
            JsonObject requested = expertLine.await("session.requested", m -> id.equals(m.getString("sessionId")));
            assertThat(requested.getJsonObject("session").getString("state")).isEqualTo("REQUESTED");
            assertThat(requested.getJsonObject("session").getJsonObject("client").getString("id")).isEqualTo(client.userId());
            expertTab2.await("session.requested", m -> id.equals(m.getString("sessionId")));

            // no chat before the expert accepts
            clientLine.send(chat("early", id, "hello?"));
            assertThat(clientLine.awaitError("early").getString("code")).isEqualTo("not-active");

            assertThat(act(expert, id, "accept").statusCode()).isEqualTo(200);
            JsonObject accepted = clientLine.await("session.accepted", m -> id.equals(m.getString("sessionId")));
            assertThat(accepted.getJsonObject("session").getString("startedAt")).isNotBlank();

            clientLine.send(chat("c1", id, "Hello, I need help with <b>Kubernetes</b>"));
            JsonObject first = expertLine.await("chat.message", m -> m.getInt("seq") == 1);
            assertThat(first.getString("senderId")).isEqualTo(client.userId());
            assertThat(first.getString("text")).isEqualTo("Hello, I need help with <b>Kubernetes</b>");
            assertThat(clientLine.await("chat.message", m -> m.getInt("seq") == 1).getString("replyTo")).isEqualTo("c1");
            assertThat(expertTab2.await("chat.message", m -> m.getInt("seq") == 1).getString("text")).contains("Kubernetes");

            expertLine.send(chat("e1", id, "Sure — what is failing?"));
            expertLine.send(chat("e2", id, "Send me the pod events."));
            // the client answers once it has both (two senders racing would make the order a coin toss)
            clientLine.await("chat.message", m -> m.getInt("seq") == 2);
            clientLine.await("chat.message", m -> m.getInt("seq") == 3);
            clientLine.send(chat("c2", id, "CrashLoopBackOff"));
            clientLine.await("chat.message", m -> m.getInt("seq") == 4);

            expertLine.send(Json.createObjectBuilder().add("type", "chat.typing").add("sessionId", id).build());
            assertThat(clientLine.await("chat.typing").getString("userId")).isEqualTo(expert.userId());
            clientLine.send(Json.createObjectBuilder().add("type", "chat.read").add("sessionId", id).add("seq", 3).build());
            assertThat(expertLine.await("chat.read").getInt("seq")).isEqualTo(3);

            JsonObject history = messages(client, id, 0);
            assertThat(history.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(m -> m.getInt("seq")))
                    .containsExactly(1, 2, 3, 4);
            assertThat(history.getJsonArray("items").getJsonObject(1).getString("text")).isEqualTo("Sure — what is failing?");
            assertThat(history.getJsonNumber("lastSeq").longValue()).isEqualTo(4);
            assertThat(messages(expert, id, 2).getJsonArray("items")).hasSize(2);

            JsonObject session = ItServer.json(client.get("/api/sessions/" + id));
            assertThat(session.getJsonObject("readSeq").getInt("client")).isEqualTo(3);

            assertThat(act(client, id, "end").statusCode()).isEqualTo(200);
            JsonObject ended = expertLine.await("session.ended", m -> id.equals(m.getString("sessionId")));
            assertThat(ended.getJsonObject("session").getString("endReason")).isEqualTo("CLIENT");
            clientLine.send(chat("late", id, "one more thing"));
            assertThat(clientLine.awaitError("late").getString("code")).isEqualTo("not-active");
            // history stays readable after the end
            assertThat(messages(expert, id, 0).getJsonArray("items")).hasSize(4);
            assertThat(act(expert, id, "end").statusCode()).isEqualTo(409);
        }
    }

    @Test
    void aReconnectingClientCatchesUpWithNoLossAndNoDuplicate() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            String id = active(client, expert, "CHAT");
            long lastSeen;
            try (LiveClient clientLine = LiveClient.connect(client)) {
                clientLine.send(chat("a", id, "first"));
                lastSeen = clientLine.await("chat.message", m -> "a".equals(m.getString("replyTo", null))).getInt("seq");
            }
            for (int i = 1; i <= 5; i++) {
                expertLine.send(chat("m" + i, id, "while you were away " + i));
            }
            expertLine.await("chat.message", m -> "m5".equals(m.getString("replyTo", null)));

            try (LiveClient back = LiveClient.connect(client)) {
                List<Integer> shown = new ArrayList<>();
                long cursor = lastSeen;
                while (true) {
                    JsonObject page = messages(client, id, cursor);
                    if (page.getJsonArray("items").isEmpty()) {
                        break;
                    }
                    page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(m -> shown.add(m.getInt("seq")));
                    cursor = page.getJsonNumber("lastSeq").longValue();
                }
                assertThat(shown).containsExactly(2, 3, 4, 5, 6);
                expertLine.send(chat("after", id, "welcome back"));
                JsonObject live = back.await("chat.message", m -> "after".equals(m.getString("replyTo", null)));
                assertThat(live.getInt("seq")).isEqualTo(7);
                // nothing from before the reconnection arrives live a second time
                assertThat(back.drain()).noneMatch(f -> "chat.message".equals(f.getString("type")));
            }
        }
    }

    @Test
    void aThirdUserCanNeitherReadNorSendNorRelayCalls() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        Accounts.Session outsider = LiveSessions.client();
        Accounts.Session otherExpert = Accounts.newUser("EXPERT");
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client);
             LiveClient outsiderLine = LiveClient.connect(outsider); LiveClient otherExpertLine = LiveClient.connect(otherExpert)) {
            String id = active(client, expert, "VIDEO");
            for (Accounts.Session stranger : List.of(outsider, otherExpert)) {
                assertThat(stranger.get("/api/sessions/" + id).statusCode()).isEqualTo(404);
                assertThat(stranger.get("/api/sessions/" + id + "/messages").statusCode()).isEqualTo(404);
                assertThat(act(stranger, id, "end").statusCode()).isIn(403, 404);
            }
            assertThat(act(otherExpert, id, "accept").statusCode()).isEqualTo(404);
            for (LiveClient line : List.of(outsiderLine, otherExpertLine)) {
                line.send(chat("x", id, "let me in"));
                assertThat(line.awaitError("x").getString("code")).isEqualTo("forbidden");
                line.send(Json.createObjectBuilder().add("type", "rtc.offer").add("id", "o").add("sessionId", id)
                        .add("sdp", "v=0 forged").build());
                assertThat(line.awaitError("o").getString("code")).isEqualTo("forbidden");
                line.send(Json.createObjectBuilder().add("type", "rtc.ice").add("id", "i").add("sessionId", id)
                        .add("candidate", JsonValue.NULL).build());
                assertThat(line.awaitError("i").getString("code")).isEqualTo("forbidden");
                line.send(Json.createObjectBuilder().add("type", "chat.typing").add("id", "t").add("sessionId", id).build());
                assertThat(line.awaitError("t").getString("code")).isEqualTo("forbidden");
            }
            // the participants relay to each other, and heard nothing from the strangers
            clientLine.send(Json.createObjectBuilder().add("type", "rtc.offer").add("sessionId", id).add("sdp", "v=0 real").build());
            JsonObject offer = expertLine.await("rtc.offer");
            assertThat(offer.getString("sdp")).isEqualTo("v=0 real");
            assertThat(offer.getString("from")).isEqualTo(client.userId());
            expertLine.send(Json.createObjectBuilder().add("type", "rtc.ice").add("sessionId", id)
                    .add("candidate", Json.createObjectBuilder().add("candidate", "candidate:1 1 udp 1 10.0.0.1 5000 typ host")
                            .add("sdpMid", "0").add("sdpMLineIndex", 0)).build());
            assertThat(clientLine.await("rtc.ice").getJsonObject("candidate").getString("sdpMid")).isEqualTo("0");
            assertThat(expertLine.drain()).noneMatch(f -> f.getString("type").startsWith("rtc.")
                    || f.getString("type").startsWith("chat."));
            assertThat(clientLine.drain()).noneMatch(f -> f.getString("type").startsWith("chat."));
        }
    }

    @Test
    void callsBelongToAudioAndVideoSessionsOnly() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = active(client, expert, "CHAT");
            clientLine.send(Json.createObjectBuilder().add("type", "rtc.ready").add("id", "r").add("sessionId", id).build());
            assertThat(clientLine.awaitError("r").getString("code")).isEqualTo("not-supported");
            assertThat(act(expert, id, "end").statusCode()).isEqualTo(200);
            assertThat(ItServer.json(client.get("/api/sessions/" + id)).getString("endReason")).isEqualTo("EXPERT");
        }
    }

    @Test
    void concurrentAnswersHaveExactlyOneWinner() throws Exception {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            for (int round = 0; round < 6; round++) {
                Accounts.Session client = LiveSessions.client();
                String id = requested(client, expert.userId(), "CHAT");
                boolean acceptAgainstCancel = round % 2 == 1;
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return act(expert, id, "accept").statusCode();
                }, pool);
                CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return act(acceptAgainstCancel ? client : expert, id, acceptAgainstCancel ? "cancel" : "accept").statusCode();
                }, pool);
                start.countDown();
                assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS)))
                        .as("round %d", round).containsExactlyInAnyOrder(200, 409);
                String state = ItServer.json(client.get("/api/sessions/" + id)).getString("state");
                boolean cancelWon = acceptAgainstCancel && second.get() == 200;
                assertThat(state).isEqualTo(cancelWon ? "CANCELLED" : "ACTIVE");
                if (!cancelWon) {
                    assertThat(act(client, id, "end").statusCode()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void presenceFollowsConnectionsSessionsAndAvailability() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        Accounts.Session other = LiveSessions.client();
        try (LiveClient watcher = LiveClient.connect(other)) {
            assertThat(presenceOf(expert)).isEqualTo("OFFLINE");
            assertThat(LiveSessions.request(client, expert.userId(), "CHAT").statusCode()).isEqualTo(409);
            watcher.send(Json.createObjectBuilder().add("type", "presence.watch")
                    .add("expertIds", Json.createArrayBuilder().add(expert.userId())).build());
            assertThat(watcher.await("presence.changed").getString("presence")).isEqualTo("OFFLINE");

            LiveClient expertLine = LiveClient.connect(expert);
            assertThat(watcher.await("presence.changed").getString("presence")).isEqualTo("ONLINE");
            assertThat(presenceOf(expert)).isEqualTo("ONLINE");

            String id = active(client, expert, "CHAT");
            assertThat(watcher.await("presence.changed").getString("presence")).isEqualTo("BUSY");
            HttpResponse<String> busy = LiveSessions.request(other, expert.userId(), "CHAT");
            assertThat(busy.statusCode()).isEqualTo(409);
            assertThat(busy.body()).contains("another session");
            // the client already has an open session
            Accounts.Session second = LiveSessions.expert(CatalogueIT.uniqueWord());
            try (LiveClient secondLine = LiveClient.connect(second)) {
                HttpResponse<String> twice = LiveSessions.request(client, second.userId(), "CHAT");
                assertThat(twice.statusCode()).isEqualTo(409);
                assertThat(twice.body()).contains("already have a session");
            }

            assertThat(act(expert, id, "end").statusCode()).isEqualTo(200);
            assertThat(watcher.await("presence.changed").getString("presence")).isEqualTo("ONLINE");

            expertLine.close();
            // OFFLINE after the grace period (2 s on the test server)
            assertThat(watcher.await("presence.changed").getString("presence")).isEqualTo("OFFLINE");
            assertThat(presenceOf(expert)).isEqualTo("OFFLINE");
        }
    }

    private static String presenceOf(Accounts.Session expert) {
        return ItServer.json(ItServer.get("/api/experts/" + expert.userId())).getString("presence");
    }

    @Test
    void roleAndChannelRulesForRequests() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        Accounts.Session chatOnly = LiveSessions.expert(CatalogueIT.uniqueWord(), "{\"CHAT\":100}", true);
        Accounts.Session unverified = LiveSessions.expert(CatalogueIT.uniqueWord(), "{\"CHAT\":100}", false);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient chatOnlyLine = LiveClient.connect(chatOnly);
             LiveClient unverifiedLine = LiveClient.connect(unverified)) {
            HttpResponse<String> noVideo = LiveSessions.request(client, chatOnly.userId(), "VIDEO");
            assertThat(noVideo.statusCode()).isEqualTo(409);
            assertThat(noVideo.body()).contains("does not offer video");
            assertThat(LiveSessions.request(expert, expert.userId(), "CHAT").statusCode()).isEqualTo(403);
            assertThat(LiveSessions.request(Accounts.admin(), expert.userId(), "CHAT").statusCode()).isEqualTo(403);
            assertThat(LiveSessions.request(client, expert.userId(), "FAX").statusCode()).isEqualTo(400);
            assertThat(LiveSessions.request(client, "no-such-expert", "CHAT").statusCode()).isEqualTo(404);
            assertThat(LiveSessions.request(client, unverified.userId(), "CHAT").statusCode()).isEqualTo(404);
            String id = requested(client, expert.userId(), "AUDIO");
            assertThat(act(client, id, "accept").statusCode()).isEqualTo(403);
            assertThat(act(expert, id, "cancel").statusCode()).isEqualTo(403);
            assertThat(act(client, id, "end").statusCode()).isEqualTo(409);
            assertThat(act(expert, id, "decline").statusCode()).isEqualTo(200);
            assertThat(act(expert, id, "accept").statusCode()).isEqualTo(409);
            JsonObject mine = ItServer.json(client.get("/api/sessions?state=DECLINED"));
            assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(s -> s.getString("id"))).contains(id);
            assertThat(client.get("/api/sessions?state=NOPE").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void badFramesGetErrorsAndTheConnectionStaysOpen() {
        Accounts.Session client = LiveSessions.client();
        try (LiveClient line = LiveClient.connect(client)) {
            line.send("this is not json");
            assertThat(line.await("error").getString("code")).isEqualTo("bad-message");
            line.send("[1,2,3]");
            assertThat(line.await("error").getString("code")).isEqualTo("bad-message");
            line.send("{\"type\":\"chat.explode\",\"id\":\"u\"}");
            assertThat(line.awaitError("u").getString("code")).isEqualTo("unknown-type");
            line.send("{\"type\":\"chat.send\",\"id\":\"n\"}");
            assertThat(line.awaitError("n").getString("code")).isEqualTo("bad-message");
            line.send(chat("missing", "no-such-session", "hi"));
            assertThat(line.awaitError("missing").getString("code")).isEqualTo("not-found");
            line.send("{\"type\":\"ping\",\"id\":\"still-here\"}");
            line.await("pong", p -> "still-here".equals(p.getString("replyTo")));
        }
    }

    @Test
    void longTextIsRefusedFloodsAreLimitedAndHugeFramesClose() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = active(client, expert, "CHAT");
            clientLine.send(chat("long", id, "x".repeat(4_001)));
            assertThat(clientLine.awaitError("long").getString("code")).isEqualTo("too-long");
            clientLine.send(chat("max", id, "y".repeat(4_000)));
            clientLine.await("chat.message", m -> "max".equals(m.getString("replyTo", null)));

            for (int i = 0; i < 150; i++) {
                clientLine.send("{\"type\":\"ping\",\"id\":\"flood-" + i + "\"}");
            }
            clientLine.await("error", e -> "rate-limited".equals(e.getString("code")));
            assertThat(clientLine.closed).isNotDone();

            clientLine.send("{\"type\":\"chat.send\",\"sessionId\":\"" + id + "\",\"text\":\"" + "z".repeat(70_000) + "\"}");
            assertThat(clientLine.awaitClose()).isEqualTo(1009);
            act(client, id, "end");
        }
    }

    @Test
    void aSuspendedAccountLosesItsConnections() {
        Accounts.Session client = LiveSessions.client();
        try (LiveClient line = LiveClient.connect(client)) {
            HttpResponse<String> suspended = CatalogueIT.send(Accounts.admin(), "PATCH", "/api/admin/users/" + client.userId(),
                    "{\"suspended\":true}");
            assertThat(suspended.statusCode()).isEqualTo(200);
            assertThat(line.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void iceServersDefaultToNoneOnOneNetwork() {
        Accounts.Session client = LiveSessions.client();
        JsonObject config = ItServer.json(client.get("/api/rtc/config"));
        assertThat(config.getJsonArray("iceServers")).isEmpty();
        assertThat(ItServer.get("/api/rtc/config").statusCode()).isEqualTo(401);
    }
}
