package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Reviews over HTTP: who may review what and when, replies, moderation, and the expert's rating after
 * every kind of change, also when many reviews arrive at once.
 */
class ReviewsIT {

    private record Ended(Accounts.Session client, String sessionId) {
    }

    /** Sessions between new clients and the expert, each accepted and ended by its client. */
    private static List<Ended> endedSessions(Accounts.Session expert, int count) {
        List<Ended> ended = new ArrayList<>();
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            for (int i = 0; i < count; i++) {
                Accounts.Session client = LiveSessions.client();
                String id = LiveSessions.active(client, expert, "CHAT");
                assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);
                ended.add(new Ended(client, id));
            }
        }
        return ended;
    }

    private static HttpResponse<String> review(Accounts.Session who, String sessionId, String method, int rating, String comment) {
        return CatalogueIT.send(who, method, "/api/sessions/" + sessionId + "/review",
                "{\"rating\":" + rating + ",\"comment\":" + jsonString(comment) + "}");
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static JsonObject publicReviews(String expertId, String query) {
        HttpResponse<String> list = ItServer.get("/api/experts/" + expertId + "/reviews" + query);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return ItServer.json(list);
    }

    private static JsonObject rating(String expertId) {
        HttpResponse<String> profile = ItServer.get("/api/experts/" + expertId);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        return ItServer.json(profile).getJsonObject("rating");
    }

    private static void assertRating(String expertId, double average, int count) {
        JsonObject rating = rating(expertId);
        assertThat(rating.getJsonNumber("average").doubleValue()).as("average").isEqualTo(average);
        assertThat(rating.getInt("count")).as("count").isEqualTo(count);
        JsonObject summary = publicReviews(expertId, "").getJsonObject("summary");
        assertThat(summary.getJsonNumber("average").doubleValue()).as("summary average").isEqualTo(average);
        assertThat(summary.getInt("count")).as("summary count").isEqualTo(count);
    }

    @Test
    void onlyTheSessionsClientAfterTheEndAndOnlyOnce() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        Accounts.Session stranger = LiveSessions.client();
        String id;
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            id = LiveSessions.active(client, expert, "CHAT");
            HttpResponse<String> early = review(client, id, "POST", 5, "too early");
            assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
            assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);
        }

        assertThat(review(expert, id, "POST", 5, "me").statusCode()).as("the expert").isEqualTo(403);
        assertThat(review(stranger, id, "POST", 5, "not mine").statusCode()).as("another client").isEqualTo(403);
        assertThat(review(Accounts.cachedAdmin(), id, "POST", 5, "admin").statusCode()).as("an admin").isEqualTo(403);
        assertThat(ItServer.send(java.net.http.HttpRequest.newBuilder(ItServer.uri("/api/sessions/" + id + "/review"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"rating\":5}")).build()).statusCode()).as("anonymous").isEqualTo(401);

        HttpResponse<String> invalid = review(client, id, "POST", 6, "x".repeat(2001));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("rating", "comment");

        String comment = "Great help <script>alert(1)</script> & <b>thanks</b>";
        HttpResponse<String> created = review(client, id, "POST", 4, comment);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject review = ItServer.json(created);
        assertThat(review.getString("comment")).as("stored as written").isEqualTo(comment);
        assertThat(review.getInt("rating")).isEqualTo(4);
        assertThat(review.getString("reviewerName")).isNotBlank();
        assertThat(review.getString("editableUntil")).isNotBlank();
        assertThat(review(client, id, "POST", 5, "again").statusCode()).as("a second review").isEqualTo(409);

        assertThat(CatalogueIT.send(expert, "GET", "/api/sessions/" + id + "/review", null).statusCode()).isEqualTo(200);
        assertThat(CatalogueIT.send(stranger, "GET", "/api/sessions/" + id + "/review", null).statusCode()).isEqualTo(403);
        JsonObject listed = publicReviews(expert.userId(), "");
        assertThat(listed.getInt("total")).isEqualTo(1);
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("comment")).isEqualTo(comment);
        assertThat(item.toString()).doesNotContain(client.email()).doesNotContain(client.userId());
        assertRating(expert.userId(), 4.0, 1);

        // the expert replies once; nobody else can
        String reviewId = review.getString("id");
        assertThat(CatalogueIT.send(client, "POST", "/api/reviews/" + reviewId + "/reply", "{\"text\":\"me\"}").statusCode())
                .as("a client replying").isEqualTo(403);
        Accounts.Session otherExpert = LiveSessions.expert(CatalogueIT.uniqueWord());
        assertThat(CatalogueIT.send(otherExpert, "POST", "/api/reviews/" + reviewId + "/reply", "{\"text\":\"me\"}")
                .statusCode()).as("another expert").isEqualTo(403);
        HttpResponse<String> replied = CatalogueIT.send(expert, "POST", "/api/reviews/" + reviewId + "/reply",
                "{\"text\":\"Thank you!\"}");
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        assertThat(ItServer.json(replied).getJsonObject("reply").getString("text")).isEqualTo("Thank you!");
        assertThat(CatalogueIT.send(expert, "POST", "/api/reviews/" + reviewId + "/reply", "{\"text\":\"again\"}")
                .statusCode()).isEqualTo(409);
        assertThat(publicReviews(expert.userId(), "").getJsonArray("items").getJsonObject(0).getJsonObject("reply")
                .getString("text")).isEqualTo("Thank you!");

        // moderation is for administrators only
        assertThat(CatalogueIT.send(expert, "POST", "/api/admin/reviews/" + reviewId + "/hide", "{\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(CatalogueIT.send(client, "POST", "/api/admin/reviews/" + reviewId + "/hide", "{\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theRatingFollowsCreateEditHideAndRestore() {
        String word = CatalogueIT.uniqueWord();
        Accounts.Session expert = LiveSessions.expert(word);
        List<Ended> sessions = endedSessions(expert, 3);
        assertRating(expert.userId(), 0.0, 0);

        assertThat(review(sessions.get(0).client(), sessions.get(0).sessionId(), "POST", 5, "").statusCode()).isEqualTo(201);
        assertThat(review(sessions.get(1).client(), sessions.get(1).sessionId(), "POST", 2, "meh").statusCode()).isEqualTo(201);
        assertRating(expert.userId(), 3.5, 2);

        HttpResponse<String> edited = review(sessions.get(1).client(), sessions.get(1).sessionId(), "PUT", 4, "better now");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(ItServer.json(edited).getString("comment")).isEqualTo("better now");
        assertThat(review(sessions.get(0).client(), sessions.get(1).sessionId(), "PUT", 1, "not mine").statusCode())
                .as("editing someone else's").isEqualTo(403);
        assertRating(expert.userId(), 4.5, 2);

        assertThat(review(sessions.get(2).client(), sessions.get(2).sessionId(), "POST", 1, "bad").statusCode()).isEqualTo(201);
        assertRating(expert.userId(), 3.33, 3);
        JsonObject bySort = publicReviews(expert.userId(), "?sort=rating");
        assertThat(bySort.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(r -> r.getInt("rating")))
                .containsExactly(5, 4, 1);
        JsonObject distribution = bySort.getJsonObject("summary").getJsonObject("distribution");
        assertThat(distribution.getInt("5")).isEqualTo(1);
        assertThat(distribution.getInt("4")).isEqualTo(1);
        assertThat(distribution.getInt("1")).isEqualTo(1);
        assertThat(distribution.getInt("2")).isZero();

        // search uses it: minRating and sort by rating
        assertThat(searchIds("?q=" + word + "&minRating=3")).contains(expert.userId());
        assertThat(searchIds("?q=" + word + "&minRating=3.5")).doesNotContain(expert.userId());

        // hiding the 1-star review takes it out of the list and the average; restoring brings it back
        String badId = ItServer.json(CatalogueIT.send(sessions.get(2).client(), "GET",
                "/api/sessions/" + sessions.get(2).sessionId() + "/review", null)).getString("id");
        HttpResponse<String> noReason = CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/reviews/" + badId + "/hide",
                "{\"reason\":\" \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> hidden = CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/reviews/" + badId + "/hide",
                "{\"reason\":\"Insults\"}");
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        assertThat(ItServer.json(hidden).getBoolean("hidden")).isTrue();
        assertThat(ItServer.json(hidden).getJsonObject("moderation").getString("reason")).isEqualTo("Insults");
        assertThat(CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/reviews/" + badId + "/hide",
                "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
        assertRating(expert.userId(), 4.5, 2);
        assertThat(publicReviews(expert.userId(), "").getInt("total")).isEqualTo(2);
        HttpResponse<String> adminList = CatalogueIT.send(Accounts.cachedAdmin(), "GET",
                "/api/experts/" + expert.userId() + "/reviews", null);
        assertThat(ItServer.json(adminList).getInt("total")).as("administrators see hidden ones").isEqualTo(3);
        assertThat(searchIds("?q=" + word + "&minRating=4.5")).contains(expert.userId());

        // an edit of a hidden review leaves the rating alone
        assertThat(review(sessions.get(2).client(), sessions.get(2).sessionId(), "PUT", 2, "sorry").statusCode()).isEqualTo(200);
        assertRating(expert.userId(), 4.5, 2);

        HttpResponse<String> restored = CatalogueIT.send(Accounts.cachedAdmin(), "POST",
                "/api/admin/reviews/" + badId + "/restore", "{\"reason\":\"Reviewed again\"}");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertRating(expert.userId(), 3.67, 3);
    }

    @Test
    void manyReviewsAtOnceAllCount() throws Exception {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        List<Ended> sessions = endedSessions(expert, 12);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> posted = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Ended e = sessions.get(i);
            int stars = i % 5 + 1;
            sum += stars;
            posted.add(pool.submit(() -> {
                go.await();
                return review(e.client(), e.sessionId(), "POST", stars, "review " + stars).statusCode();
            }));
        }
        // and the same session reviewed twice at once: one wins
        Ended twice = sessions.get(0);
        Future<Integer> duplicate = pool.submit(() -> {
            go.await();
            return review(twice.client(), twice.sessionId(), "POST", 1, "twice").statusCode();
        });
        go.countDown();
        for (Future<Integer> f : posted) {
            int status = f.get(60, TimeUnit.SECONDS);
            assertThat(status).isIn(201, 409);
        }
        assertThat(duplicate.get(60, TimeUnit.SECONDS)).isIn(201, 409);
        pool.shutdown();
        long created = posted.stream().filter(f -> {
            try {
                return f.get() == 201;
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        }).count() + (duplicate.get() == 201 ? 1 : 0);
        assertThat(created).as("one review per session").isEqualTo(12);
        // whichever of the two reviews of session 0 won, the aggregate matches what was stored
        int first = ItServer.json(CatalogueIT.send(twice.client(), "GET", "/api/sessions/" + twice.sessionId() + "/review",
                null)).getInt("rating");
        long expectedSum = sum - 1 + first;
        double expected = java.math.BigDecimal.valueOf(expectedSum)
                .divide(java.math.BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP).doubleValue();
        assertRating(expert.userId(), expected, 12);
    }

    private static List<String> searchIds(String query) {
        HttpResponse<String> found = ItServer.get("/api/experts" + query);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return ItServer.json(found).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }
}
