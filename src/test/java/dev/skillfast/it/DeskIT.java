package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** "Ask the desk" over the API: the queue's positions, leaving it, and picks racing for one request. */
class DeskIT {

    static String categoryOf(Accounts.Session expert) {
        return ItServer.json(ItServer.get("/api/experts/" + expert.userId())).getJsonArray("categories").getString(0);
    }

    private static HttpResponse<String> join(Accounts.Session client, String category) {
        return CatalogueIT.send(client, "POST", "/api/desk/requests", Json.createObjectBuilder().add("category", category)
                .add("channel", "CHAT").add("description", "The VPN drops every few minutes.").build().toString());
    }

    private static JsonObject status(Accounts.Session client, String id) {
        HttpResponse<String> response = client.get("/api/desk/requests/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ItServer.json(response);
    }

    /** A category of its own, so that other tests' requests do not move the positions. */
    static Accounts.Session expertOfNewCategory() {
        CatalogueIT.setUpAdmin();
        Accounts.Session admin = Accounts.cachedAdmin();
        String slug = "desk-" + CatalogueIT.uniqueWord().toLowerCase();
        HttpResponse<String> created = CatalogueIT.send(admin, "POST", "/api/admin/categories",
                "{\"slug\":\"" + slug + "\",\"name\":{\"es\":\"Mesa " + slug + "\",\"en\":\"Desk " + slug + "\"},"
                        + "\"description\":{\"es\":\"Cola\",\"en\":\"Queue\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String word = CatalogueIT.uniqueWord();
        return CatalogueIT.expert(CatalogueIT.profileJson("Desk " + word, "Desk", List.of(word), slug, "en",
                "{\"CHAT\":100}", true), true);
    }

    @Test
    void positionsFollowJoinsAndCancellationsAndAClientWaitsOnceAtATime() {
        Accounts.Session expert = expertOfNewCategory();
        String category = categoryOf(expert);
        List<Accounts.Session> clients = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Accounts.Session client = LiveSessions.client();
            HttpResponse<String> joined = join(client, category);
            assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
            JsonObject body = ItServer.json(joined);
            assertThat(body.getString("state")).isEqualTo("WAITING");
            assertThat(body.getInt("position")).isEqualTo(i + 1);
            clients.add(client);
            ids.add(body.getString("id"));
        }
        assertThat(join(clients.get(0), category).statusCode()).as("one waiting request per client").isEqualTo(409);

        HttpResponse<String> cancelled = CatalogueIT.send(clients.get(0), "POST", "/api/desk/requests/" + ids.get(0) + "/cancel", null);
        assertThat(ItServer.json(cancelled).getString("state")).isEqualTo("CANCELLED");
        assertThat(status(clients.get(1), ids.get(1)).getInt("position")).isEqualTo(1);
        assertThat(status(clients.get(2), ids.get(2)).getInt("position")).isEqualTo(2);
        assertThat(clients.get(2).get("/api/desk/requests/" + ids.get(1)).statusCode()).as("another client's").isEqualTo(404);

        HttpResponse<String> queue = expert.get("/api/desk/queue?category=" + category);
        assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
        JsonArray waiting = ItServer.parse(queue.body()).asJsonArray();
        assertThat(waiting).hasSize(2);
        assertThat(waiting.getJsonObject(0).getString("id")).isEqualTo(ids.get(1));
        assertThat(join(clients.get(0), category).statusCode()).as("after leaving, one may ask again").isEqualTo(201);

        assertThat(clients.get(0).get("/api/admin/desk").statusCode()).isEqualTo(403);
        JsonObject figures = ItServer.parse(Accounts.cachedAdmin().get("/api/admin/desk").body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("category").equals(category))
                .findFirst().orElseThrow();
        assertThat(figures.getInt("waiting")).isEqualTo(3);
        assertThat(figures.getInt("cancelled")).isEqualTo(1);
        assertThat(figures.getInt("picked")).isZero();
    }

    @Test
    void ofTwoExpertsPickingOneRequestExactlyOneGetsTheSession() throws Exception {
        Accounts.Session first = expertOfNewCategory();
        String category = categoryOf(first);
        String word = CatalogueIT.uniqueWord();
        Accounts.Session second = CatalogueIT.expert(CatalogueIT.profileJson("Desk " + word, "Desk", List.of(word),
                category, "en", "{\"CHAT\":100}", true), true);
        Accounts.Session client = LiveSessions.client();
        String id = ItServer.json(join(client, category)).getString("id");

        try (LiveClient a = LiveClient.connect(first); LiveClient b = LiveClient.connect(second);
             LiveClient clientLine = LiveClient.connect(client)) {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> picks = new ArrayList<>();
            for (Accounts.Session expert : List.of(first, second)) {
                picks.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return CatalogueIT.send(expert, "POST", "/api/desk/requests/" + id + "/pick", null);
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            String sessionId = null;
            for (CompletableFuture<HttpResponse<String>> pick : picks) {
                HttpResponse<String> response = pick.get();
                codes.add(response.statusCode());
                if (response.statusCode() == 201) {
                    sessionId = ItServer.json(response).getString("sessionId");
                }
            }
            assertThat(codes).containsExactlyInAnyOrder(201, 409);
            JsonObject picked = status(client, id);
            assertThat(picked.getString("state")).isEqualTo("PICKED");
            assertThat(picked.getString("sessionId")).isEqualTo(sessionId);
            assertThat(ItServer.json(client.get("/api/sessions/" + sessionId)).getString("state")).isEqualTo("ACTIVE");
            clientLine.await("session.accepted", f -> true);
            assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theQueueReachesItsExpertsAndEachWaitingClientItsPositionLive() {
        Accounts.Session expert = expertOfNewCategory();
        String category = categoryOf(expert);
        Accounts.Session first = LiveSessions.client();
        Accounts.Session second = LiveSessions.client();
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient secondLine = LiveClient.connect(second)) {
            String firstId = ItServer.json(join(first, category)).getString("id");
            JsonObject queue = expertLine.await("desk.queue", f -> f.getJsonArray("waiting").size() == 1);
            assertThat(queue.getString("category")).isEqualTo(category);
            assertThat(queue.getJsonArray("waiting").getJsonObject(0).getString("description"))
                    .isEqualTo("The VPN drops every few minutes.");
            String secondId = ItServer.json(join(second, category)).getString("id");
            secondLine.await("desk.position", f -> f.getString("id").equals(secondId) && f.getInt("position") == 2);

            CatalogueIT.send(first, "POST", "/api/desk/requests/" + firstId + "/cancel", null);
            secondLine.await("desk.position", f -> f.getString("id").equals(secondId) && f.getInt("position") == 1);
            expertLine.await("desk.queue", f -> f.getJsonArray("waiting").size() == 1
                    && f.getJsonArray("waiting").getJsonObject(0).getString("id").equals(secondId));

            HttpResponse<String> picked = CatalogueIT.send(expert, "POST", "/api/desk/requests/" + secondId + "/pick", null);
            assertThat(picked.statusCode()).as(picked.body()).isEqualTo(201);
            String sessionId = ItServer.json(picked).getString("sessionId");
            secondLine.await("desk.picked", f -> f.getString("sessionId").equals(sessionId));
            expertLine.await("desk.queue", f -> f.getJsonArray("waiting").isEmpty());
            assertThat(LiveSessions.act(second, sessionId, "end").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestNobodyPicksExpiresAndItsClientIsTold() throws Exception {
        Accounts.Session expert = expertOfNewCategory();
        String category = categoryOf(expert);
        Accounts.Session client = LiveSessions.client();
        try (LiveClient line = LiveClient.connect(client)) {
            JsonObject joined = ItServer.json(join(client, category));
            String id = joined.getString("id");
            assertThat(java.time.Duration.between(java.time.Instant.parse(joined.getString("createdAt")),
                    java.time.Instant.parse(joined.getString("expiresAt")))).isEqualTo(java.time.Duration.ofSeconds(20));
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(40).toNanos();
            while (!status(client, id).getString("state").equals("EXPIRED")) {
                assertThat(System.nanoTime()).as("expired").isLessThan(deadline);
                Thread.sleep(500);
            }
            line.await("desk.expired", f -> f.getString("id").equals(id));
            assertThat(CatalogueIT.send(expert, "POST", "/api/desk/requests/" + id + "/pick", null).statusCode()).isEqualTo(409);

            ItMail.server();
            String message = "Please call me back <b>tomorrow</b> & bring the logs";
            HttpResponse<String> left = CatalogueIT.send(client, "POST", "/api/desk/requests/" + id + "/follow-up",
                    Json.createObjectBuilder().add("message", message).build().toString());
            assertThat(left.statusCode()).as(left.body()).isEqualTo(204);
            assertThat(CatalogueIT.send(client, "POST", "/api/desk/requests/" + id + "/follow-up",
                    "{\"message\":\"again\"}").statusCode()).as("once").isEqualTo(409);
            jakarta.mail.internet.MimeMessage mail = ItMail.awaitOne(expert.email(), java.time.Duration.ofSeconds(30));
            assertThat(ItMail.part(mail, "text/plain")).contains(message).contains(client.email());
            assertThat(ItMail.part(mail, "text/html")).contains("&lt;b&gt;tomorrow&lt;/b&gt; &amp; bring").doesNotContain("<b>tomorrow");
            assertThat(join(client, category).statusCode()).as("may ask again").isEqualTo(201);
        }
    }

    @Test
    void anOfflineExpertCannotPickAndAClientWhoCannotPayIsToldTheRequestEnded() {
        Accounts.Session expert = expertOfNewCategory();
        String category = categoryOf(expert);
        Accounts.Session broke = LiveSessions.client(0);
        String id = ItServer.json(join(broke, category)).getString("id");

        HttpResponse<String> offline = CatalogueIT.send(expert, "POST", "/api/desk/requests/" + id + "/pick", null);
        assertThat(offline.statusCode()).as(offline.body()).isEqualTo(409);
        assertThat(status(broke, id).getString("state")).as("still waiting for another expert").isEqualTo("WAITING");

        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(broke)) {
            HttpResponse<String> unpaid = CatalogueIT.send(expert, "POST", "/api/desk/requests/" + id + "/pick", null);
            assertThat(unpaid.statusCode()).as(unpaid.body()).isEqualTo(402);
            JsonObject told = clientLine.await("desk.cancelled", f -> f.getString("id").equals(id));
            assertThat(told.getString("reason")).contains("balance");
            assertThat(status(broke, id).getString("state")).isEqualTo("CANCELLED");
        }
    }

    @Test
    void onlyVerifiedExpertsOfTheCategorySeeAndPickItsQueue() {
        Accounts.Session expert = expertOfNewCategory();
        Accounts.Session outsider = expertOfNewCategory();
        String category = categoryOf(expert);
        Accounts.Session client = LiveSessions.client();
        String id = ItServer.json(join(client, category)).getString("id");
        assertThat(outsider.get("/api/desk/queue?category=" + category).statusCode()).isEqualTo(403);
        assertThat(CatalogueIT.send(outsider, "POST", "/api/desk/requests/" + id + "/pick", null).statusCode()).isEqualTo(403);
        assertThat(CatalogueIT.send(client, "POST", "/api/desk/requests/" + id + "/pick", null).statusCode()).isEqualTo(403);
        assertThat(join(client, "no-such-category").statusCode()).isEqualTo(400);
        assertThat(status(client, id).getString("state")).isEqualTo("WAITING");
    }
}
