package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Fixtures for live-session tests: experts that offer every channel, and the session REST calls; on the
 * integration-test server unless an administrator of another server (a cluster node) is passed.
 */
final class LiveSessions {

    /** The rates (minor units per billing unit) of an expert offering every channel. */
    private static final String EVERY_CHANNEL = "{\"CHAT\":100,\"AUDIO\":150,\"VIDEO\":200}";
    /** The category of the live-session experts, one per server (database). */
    private static final Map<URI, String> CATEGORIES = new ConcurrentHashMap<>();

    private LiveSessions() {
    }

    private static String category(Accounts.Session admin) {
        return CATEGORIES.computeIfAbsent(admin.base(), server -> {
            String slug = "live-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> created = CatalogueIT.send(admin, "POST", "/api/admin/categories",
                    "{\"slug\":\"" + slug + "\",\"name\":{\"es\":\"En vivo " + slug + "\",\"en\":\"Live " + slug + "\"},"
                            + "\"description\":{\"es\":\"Sesiones\",\"en\":\"Sessions\"}}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return slug;
        });
    }

    /** A new client whose wallet an administrator credited with 1,000.00 EUR, enough for any test session. */
    static Accounts.Session client() {
        return client(100_000);
    }

    /** A new client whose wallet holds {@code cents} EUR (none when 0). */
    static Accounts.Session client(long cents) {
        return client(Accounts.cachedAdmin(), cents);
    }

    /** A new client of the administrator's server, whose wallet that administrator credited with {@code cents} EUR. */
    static Accounts.Session client(Accounts.Session admin, long cents) {
        Accounts.Session client = Accounts.newUser(admin.base(), "CLIENT");
        if (cents > 0) {
            grant(admin, client.userId(), cents);
        }
        return client;
    }

    /** Credits a wallet through the admin API (asserting 201). */
    static void grant(String userId, long cents) {
        grant(Accounts.cachedAdmin(), userId, cents);
    }

    static void grant(Accounts.Session admin, String userId, long cents) {
        HttpResponse<String> granted = CatalogueIT.send(admin, "POST", "/api/admin/grants",
                "{\"userId\":\"" + userId + "\",\"amount\":" + cents + ",\"currency\":\"EUR\",\"reason\":\"test credit\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
    }

    /** A verified, available expert offering chat, audio and video; not yet connected (so OFFLINE). */
    static Accounts.Session expert(String word) {
        return expert(word, EVERY_CHANNEL, true);
    }

    /** An available expert with these rates (a JSON object by channel), verified or not. */
    static Accounts.Session expert(String word, String rates, boolean verified) {
        CatalogueIT.setUpAdmin();
        return CatalogueIT.expert(profile(Accounts.cachedAdmin(), word, rates), verified);
    }

    /** A verified, available expert of the administrator's server offering chat, audio and video; OFFLINE. */
    static Accounts.Session expert(Accounts.Session admin, String word) {
        return CatalogueIT.expert(admin, profile(admin, word, EVERY_CHANNEL), true);
    }

    private static String profile(Accounts.Session admin, String word, String rates) {
        return CatalogueIT.profileJson("Live " + word, "Sessions", List.of(word), category(admin), "en", rates, true);
    }

    static HttpResponse<String> request(Accounts.Session client, String expertId, String channel) {
        return CatalogueIT.send(client, "POST", "/api/sessions",
                "{\"expertId\":\"" + expertId + "\",\"channel\":\"" + channel + "\"}");
    }

    /** Requests a session and answers its id (asserting 201). */
    static String requested(Accounts.Session client, String expertId, String channel) {
        HttpResponse<String> created = request(client, expertId, channel);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ItServer.json(created).getString("id");
    }

    static HttpResponse<String> act(Accounts.Session who, String sessionId, String action) {
        return CatalogueIT.send(who, "POST", "/api/sessions/" + sessionId + "/" + action, null);
    }

    /** A requested and accepted session between them; the expert must be connected. */
    static String active(Accounts.Session client, Accounts.Session expert, String channel) {
        String id = requested(client, expert.userId(), channel);
        HttpResponse<String> accepted = act(expert, id, "accept");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    static JsonObject chat(String id, String sessionId, String text) {
        return Json.createObjectBuilder().add("type", "chat.send").add("id", id).add("sessionId", sessionId)
                .add("text", text).build();
    }

    static JsonObject messages(Accounts.Session who, String sessionId, long afterSeq) {
        HttpResponse<String> page = who.get("/api/sessions/" + sessionId + "/messages?afterSeq=" + afterSeq + "&limit=200");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ItServer.json(page);
    }
}
