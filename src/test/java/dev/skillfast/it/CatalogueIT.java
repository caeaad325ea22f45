package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Categories, expert profiles, verification, search and match, with roles and hostile input. */
class CatalogueIT {

    private static Accounts.Session admin;
    private static String category;
    private static String otherCategory;

    @BeforeAll
    static void setUp() {
        admin = Accounts.admin();
        category = createCategory("it-" + UUID.randomUUID().toString().substring(0, 8));
        otherCategory = createCategory("it-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** For other tests that borrow {@link #expert}. */
    static synchronized void setUpAdmin() {
        if (admin == null) {
            admin = Accounts.admin();
        }
    }

    private static String createCategory(String slug) {
        HttpResponse<String> created = send(admin, "POST", "/api/admin/categories", "{\"slug\":\"" + slug
                + "\",\"name\":{\"es\":\"Categoría " + slug + "\",\"en\":\"Category " + slug + "\"},"
                + "\"description\":{\"es\":\"Descripción\",\"en\":\"Description\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return slug;
    }

    static HttpResponse<String> send(Accounts.Session who, String method, String path, String json) {
        HttpRequest.Builder request = who == null ? HttpRequest.newBuilder(ItServer.uri(path)) : who.request(path);
        return ItServer.send(request.header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A word nobody else uses, so searches in this shared server see only this test's experts. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        Random random = new Random();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String profileJson(String headline, String bio, List<String> skills, String categorySlug, String language,
                              String rates, boolean available) {
        return "{\"headline\":\"" + headline + "\",\"bio\":\"" + bio + "\",\"skills\":["
                + String.join(",", skills.stream().map(s -> "\"" + s + "\"").toList()) + "],\"categories\":[\""
                + categorySlug + "\"],\"languages\":[\"" + language + "\"],\"timeZone\":\"Europe/Madrid\","
                + "\"currency\":\"EUR\",\"rates\":" + rates + ",\"freeMinutes\":1,\"available\":" + available + "}";
    }

    /**
     * A new expert with a saved profile, verified unless told otherwise (by the administrator signed in within the
     * last minutes: this class's own sign-in outlives its access token when other classes borrow it much later).
     */
    static Accounts.Session expert(String profileJson, boolean verify) {
        return expert(Accounts.cachedAdmin(), profileJson, verify);
    }

    /** The same on the administrator's server: registered there, verified by that administrator. */
    static Accounts.Session expert(Accounts.Session admin, String profileJson, boolean verify) {
        Accounts.Session expert = Accounts.newUser(admin.base(), "EXPERT");
        HttpResponse<String> saved = send(expert, "PUT", "/api/experts/me", profileJson);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(ItServer.json(saved).getString("status")).isEqualTo("PENDING");
        if (verify) {
            HttpResponse<String> verified = send(admin, "POST", "/api/admin/experts/" + expert.userId() + "/verification",
                    "{\"status\":\"VERIFIED\"}");
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        }
        return expert;
    }

    static JsonObject search(String query) {
        HttpResponse<String> response = ItServer.get("/api/experts?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ItServer.json(response);
    }

    static List<String> ids(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    @Test
    void categoriesAreManagedByAdminsOnly() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String body = "{\"slug\":\"nope-" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"name\":{\"es\":\"x\",\"en\":\"x\"},\"description\":{\"es\":\"x\",\"en\":\"x\"}}";
        assertThat(send(client, "POST", "/api/admin/categories", body).statusCode()).isEqualTo(403);
        assertThat(send(null, "POST", "/api/admin/categories", body).statusCode()).isEqualTo(401);
        assertThat(send(admin, "POST", "/api/admin/categories", "{\"slug\":\"" + category
                + "\",\"name\":{\"es\":\"x\",\"en\":\"x\"},\"description\":{\"es\":\"x\",\"en\":\"x\"}}").statusCode())
                .isEqualTo(409);
        HttpResponse<String> badSlug = send(admin, "POST", "/api/admin/categories",
                "{\"slug\":\"Not A Slug\",\"name\":{\"es\":\"x\",\"en\":\"\"},\"description\":{\"es\":\"x\",\"en\":\"x\"}}");
        assertThat(badSlug.statusCode()).isEqualTo(400);
        assertThat(badSlug.body()).contains("\"field\":\"slug\"").contains("\"field\":\"name.en\"");
    }

    @Test
    void categoriesCanBeRenamedDeactivatedAndReordered() {
        String slug = createCategory("it-" + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> renamed = send(admin, "PATCH", "/api/admin/categories/" + slug,
                "{\"name\":{\"es\":\"Nuevo nombre\",\"en\":\"New name\"},\"active\":false}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(renamed).getJsonObject("name").getString("en")).isEqualTo("New name");
        assertThat(ItServer.get("/api/categories").body()).doesNotContain("\"" + slug + "\"");
        assertThat(admin.get("/api/admin/categories").body()).contains("\"" + slug + "\"");

        List<String> slugs = ItServer.json(admin.get("/api/admin/categories")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("slug")).toList();
        List<String> reversed = new java.util.ArrayList<>(slugs);
        java.util.Collections.reverse(reversed);
        String order = "{\"slugs\":[" + String.join(",", reversed.stream().map(s -> "\"" + s + "\"").toList()) + "]}";
        HttpResponse<String> reordered = send(admin, "PUT", "/api/admin/categories/order", order);
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        assertThat(ItServer.json(reordered).getJsonArray("items").getJsonObject(0).getString("slug")).isEqualTo(reversed.get(0));
        assertThat(send(admin, "PUT", "/api/admin/categories/order", "{\"slugs\":[\"" + slug + "\"]}").statusCode())
                .isEqualTo(400);
        assertThat(send(admin, "PATCH", "/api/admin/categories/no-such-category", "{\"active\":true}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyVerifiedExpertsOfActiveAccountsAreFound() {
        String word = uniqueWord();
        Accounts.Session pending = expert(profileJson("Pending " + word, "", List.of(word), category, "es",
                "{\"CHAT\":100}", true), false);
        Accounts.Session verified = expert(profileJson("Verified " + word, "", List.of(word), category, "es",
                "{\"CHAT\":100}", true), true);

        assertThat(ids(search("q=" + word))).containsExactly(verified.userId());
        assertThat(ItServer.get("/api/experts/" + pending.userId()).statusCode()).isEqualTo(404);
        assertThat(pending.get("/api/experts/" + pending.userId()).statusCode()).isEqualTo(200);
        assertThat(ItServer.get("/api/experts/" + verified.userId()).statusCode()).isEqualTo(200);
        assertThat(matchIds("I need help with " + word + " please")).containsExactly(verified.userId());

        HttpResponse<String> suspended = send(admin, "PATCH", "/api/admin/users/" + verified.userId(), "{\"suspended\":true}");
        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(ids(search("q=" + word))).isEmpty();
        assertThat(matchIds("I need help with " + word + " please")).isEmpty();
        assertThat(ItServer.get("/api/experts/" + verified.userId()).statusCode()).isEqualTo(404);

        send(admin, "PATCH", "/api/admin/users/" + verified.userId(), "{\"suspended\":false}");
        assertThat(ids(search("q=" + word))).containsExactly(verified.userId());

        HttpResponse<String> rejected = send(admin, "POST", "/api/admin/experts/" + verified.userId() + "/verification",
                "{\"status\":\"REJECTED\",\"reason\":\"Add your certifications\"}");
        assertThat(ItServer.json(rejected).getString("statusReason")).isEqualTo("Add your certifications");
        assertThat(ids(search("q=" + word))).isEmpty();
        assertThat(ItServer.json(verified.get("/api/experts/me")).getString("statusReason")).isEqualTo("Add your certifications");
    }

    private static List<String> matchIds(String description) {
        HttpResponse<String> response = send(null, "POST", "/api/match", "{\"description\":\"" + description + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ids(ItServer.json(response));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesPrefixes() {
        String word = uniqueWord();
        Accounts.Session expert = expert(profileJson("Programación " + word, "", List.of("Ñandú" + word), category, "es",
                "{\"CHAT\":90}", true), true);
        assertThat(ids(search("q=programacion+" + word))).containsExactly(expert.userId());
        assertThat(ids(search("q=PROGRAMACI%C3%93N+" + word.substring(0, 6)))).containsExactly(expert.userId());
        assertThat(ids(search("q=nandu" + word.substring(0, 4)))).containsExactly(expert.userId());
        JsonObject hit = search("q=" + word).getJsonArray("items").getJsonObject(0);
        assertThat(hit.getJsonArray("matchedTerms").getString(0)).isEqualTo(word);
    }

    @Test
    void filtersAndFacetsAgreeWithTheData() {
        String word = uniqueWord();
        Accounts.Session cheapSpanish = expert(profileJson("A " + word, "", List.of(word), category, "es",
                "{\"CHAT\":50,\"VIDEO\":80}", true), true);
        Accounts.Session dearEnglish = expert(profileJson("B " + word, "", List.of(word), otherCategory, "en",
                "{\"CHAT\":500}", false), true);

        JsonObject all = search("q=" + word);
        assertThat(all.getInt("total")).isEqualTo(2);
        assertThat(all.getJsonObject("facets").toString())
                .contains("{\"count\":1,\"value\":\"" + category + "\"}")
                .contains("{\"count\":1,\"value\":\"" + otherCategory + "\"}")
                .contains("{\"count\":1,\"value\":\"es\"}").contains("{\"count\":1,\"value\":\"en\"}");

        assertThat(ids(search("q=" + word + "&category=" + category))).containsExactly(cheapSpanish.userId());
        assertThat(ids(search("q=" + word + "&language=en"))).containsExactly(dearEnglish.userId());
        assertThat(ids(search("q=" + word + "&channel=VIDEO"))).containsExactly(cheapSpanish.userId());
        assertThat(ids(search("q=" + word + "&maxRate=100"))).containsExactly(cheapSpanish.userId());
        assertThat(ids(search("q=" + word + "&online=true"))).isEmpty(); // nobody is connected yet
        try (LiveClient available = LiveClient.connect(cheapSpanish); LiveClient away = LiveClient.connect(dearEnglish)) {
            // connected and available → ONLINE; connected with "available" off → still OFFLINE
            assertThat(ids(search("q=" + word + "&online=true"))).containsExactly(cheapSpanish.userId());
        }
        assertThat(ids(search("q=" + word + "&sort=price"))).containsExactly(cheapSpanish.userId(), dearEnglish.userId());
        JsonObject filtered = search("q=" + word + "&category=" + category);
        // The category facet still shows the other category (its own filter is not applied to it).
        assertThat(filtered.getJsonObject("facets").getJsonArray("categories")).hasSize(2);
        assertThat(ItServer.get("/api/experts?channel=FAX").statusCode()).isEqualTo(400);
        assertThat(ItServer.get("/api/experts?size=500").statusCode()).isEqualTo(400);
    }

    @Test
    void profilesAreValidatedAndOwnedByExperts() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        String valid = profileJson("Headline", "", List.of("x"), category, "es", "{\"CHAT\":100}", true);
        assertThat(send(client, "PUT", "/api/experts/me", valid).statusCode()).isEqualTo(403);
        Accounts.Session expert = Accounts.newUser("EXPERT");
        assertThat(expert.get("/api/experts/me").statusCode()).isEqualTo(404);

        HttpResponse<String> bad = send(expert, "PUT", "/api/experts/me", profileJson("Headline", "", List.of("x"),
                "no-such-category", "xx", "{\"CHAT\":0,\"VIDEO\":-5}", true).replace("Europe/Madrid", "Mars/Olympus"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("rates.CHAT").contains("rates.VIDEO");

        HttpResponse<String> unknown = send(expert, "PUT", "/api/experts/me", profileJson("Headline", "", List.of("x"),
                "no-such-category", "xx", "{\"CHAT\":100}", true).replace("Europe/Madrid", "Mars/Olympus"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"categories\"").contains("\"field\":\"languages\"")
                .contains("\"field\":\"timeZone\"");
        HttpResponse<String> noChannel = send(expert, "PUT", "/api/experts/me", profileJson("Headline", "", List.of("x"),
                category, "es", "{}", true));
        assertThat(noChannel.body()).contains("\"field\":\"rates\"");
        assertThat(send(expert, "POST", "/api/admin/experts/" + expert.userId() + "/verification",
                "{\"status\":\"VERIFIED\"}").statusCode()).isEqualTo(403);
        // Nothing saved, nothing to verify.
        assertThat(send(admin, "POST", "/api/admin/experts/" + expert.userId() + "/verification",
                "{\"status\":\"VERIFIED\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void rejectingNeedsAReason() {
        Accounts.Session expert = expert(profileJson("H " + uniqueWord(), "", List.of("x"), category, "es",
                "{\"CHAT\":100}", true), false);
        HttpResponse<String> response = send(admin, "POST", "/api/admin/experts/" + expert.userId() + "/verification",
                "{\"status\":\"REJECTED\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"reason\"");
        assertThat(admin.get("/api/admin/experts?status=PENDING&size=100").body()).contains(expert.userId());
    }

    @Test
    void avatarsAreCheckedByTheirBytes() {
        Accounts.Session expert = expert(profileJson("H " + uniqueWord(), "", List.of("x"), category, "es",
                "{\"CHAT\":100}", true), true);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        HttpResponse<String> uploaded = upload(expert, "image/png", png);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String url = ItServer.json(uploaded).getString("avatarUrl");
        HttpResponse<String> served = ItServer.get(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        assertThat(ItServer.json(ItServer.get("/api/experts/" + expert.userId())).getString("avatarUrl")).isEqualTo(url);

        HttpResponse<String> disguised = upload(expert, "image/png", "<script>alert(1)</script>".getBytes());
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(upload(expert, "image/jpeg", png).statusCode()).isEqualTo(400);
        byte[] tooLarge = java.util.Arrays.copyOf(png, 1024 * 1024 + 1);
        assertThat(upload(expert, "image/png", tooLarge).statusCode()).isEqualTo(413);
        assertThat(upload(expert, "text/plain", png).statusCode()).isEqualTo(415);
        assertThat(upload(Accounts.newUser("CLIENT"), "image/png", png).statusCode()).isEqualTo(403);

        assertThat(ItServer.send(expert.request("/api/experts/me/avatar").DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(ItServer.get(url).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> upload(Accounts.Session who, String type, byte[] body) {
        return ItServer.send(who.request("/api/experts/me/avatar").header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void theDemoCatalogueIsThereOnTheEmbeddedDefault() {
        JsonObject categories = ItServer.json(ItServer.get("/api/categories"));
        assertThat(categories.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(c -> {
                    assertThat(c.getString("slug")).isEqualTo("programming");
                    assertThat(c.getInt("expertCount")).isPositive();
                });
        assertThat(search("size=50").getInt("total")).isGreaterThanOrEqualTo(30);
        assertThat(Accounts.login("client@demo.skillfast.local", "demo-client-2026").statusCode()).isEqualTo(200);
    }
}
