package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs an attacker or a careless client sends, across the REST API, query parameters, uploads, the URL
 * layer and the WebSocket: each is refused as problem+json (or a protocol error), names what it refused,
 * stores nothing, and leaves the server working. At the end the books still balance and a normal chat
 * still works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final long CREDIT = 50_000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private Accounts.Session admin;
    private Accounts.Session client;
    private Accounts.Session expert;
    private String reviewable;

    @BeforeAll
    void setUp() {
        admin = Accounts.cachedAdmin();
        client = LiveSessions.client(CREDIT);
        expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            reviewable = LiveSessions.active(client, expert, "CHAT");
            assertThat(LiveSessions.act(client, reviewable, "end").statusCode()).isEqualTo(200);
        }
        Billing.receipt(client, reviewable); // settled: the balance stays put from here on
    }

    @AfterEach
    void theServerKeepsWorking() {
        HttpResponse<String> info = ItServer.get("/api/info");
        assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
    }

    @AfterAll
    void theBooksBalanceAndANormalChatStillWorks() {
        HostileFrames.close();
        HostileFrames.assertChatRoundTrip();
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    /** A refusal: one of these statuses, problem+json with the security headers, nothing about the server's insides. */
    static JsonObject refused(HttpResponse<String> response, Integer... statuses) {
        assertThat(response.statusCode()).as(response.body()).isIn((Object[]) statuses);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(response.body()).doesNotContain("dev.skillfast").doesNotContain("java.").doesNotContain("Exception")
                .doesNotContain("com.ibm").doesNotContain("SRVE").doesNotContain("org.jboss").doesNotContain("\tat ")
                .doesNotContainIgnoringCase("<html");
        JsonObject problem = ItServer.json(response);
        assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    /** A 400 naming the field (or parameter) it refused. */
    static void refusedNaming(HttpResponse<String> response, String field) {
        JsonObject problem = refused(response, 400);
        String fields = problem.containsKey("errors") ? problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList().toString() : "";
        assertThat(fields + " " + problem.getString("detail")).as(response.body()).contains(field);
    }

    // ---------------------------------------------------------------- money: grants

    /** A JSON object from raw member texts (key, value, key, value…); a later key replaces an earlier one. */
    static String object(String... members) {
        java.util.Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < members.length; i += 2) {
            raw.put(members[i], members[i + 1]);
        }
        StringBuilder json = new StringBuilder("{");
        raw.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key).append("\": ")
                .append(value));
        return json.append('}').toString();
    }

    Stream<Arguments> hostileGrants() {
        return Stream.of(
                Arguments.of("amount", "1.5"),
                Arguments.of("amount", "18446744073709551716"),
                Arguments.of("amount", "\"100\""),
                Arguments.of("amount", "\"1e2\""),
                Arguments.of("amount", "100.0001"),
                Arguments.of("amount", "9223372036854775808"),
                Arguments.of("amount", "-9223372036854775809"),
                Arguments.of("amount", "1e400"),
                Arguments.of("amount", "9".repeat(1_200)),
                Arguments.of("amount", "-1"),
                Arguments.of("amount", "0"),
                Arguments.of("amount", "100000001"),
                Arguments.of("amount", "true"),
                Arguments.of("amount", "[100]"),
                Arguments.of("amount", "{\"$gt\": 0}"),
                Arguments.of("amount", "null"),
                Arguments.of("currency", "\"ABC\""),
                Arguments.of("currency", "\"eur\""),
                Arguments.of("currency", "\"XAU\""),
                Arguments.of("currency", "\"XXX\""),
                Arguments.of("currency", "\"EU\\u0000\""),
                Arguments.of("reason", "\"credit\\u0000\""),
                Arguments.of("reason", "\"bell\\u0007\""),
                Arguments.of("reason", "\"half \\ud800 pair\""),
                Arguments.of("isAdmin", "true"));
    }

    @ParameterizedTest(name = "grant {0}: {1}")
    @MethodSource("hostileGrants")
    void grantsAreExactOrRefused(String field, String value) {
        long before = Billing.balance(client);
        String body = object("userId", "\"" + client.userId() + "\"", "amount", "100", "currency", "\"EUR\"",
                "reason", "\"hostile\"", field, value);
        refusedNaming(CatalogueIT.send(admin, "POST", "/api/admin/grants", body), field);
        assertThat(Billing.balance(client)).as("nothing credited").isEqualTo(before);
    }

    // ---------------------------------------------------------------- an expert's profile: rates, free minutes, names

    Stream<Arguments> hostileProfiles() {
        return Stream.of(
                Arguments.of("rates", "{\"CHAT\": 99.99}", "rates.CHAT"),
                Arguments.of("rates", "{\"CHAT\": \"150\"}", "rates.CHAT"),
                Arguments.of("rates", "{\"CHAT\": 18446744073709551716}", "rates.CHAT"),
                Arguments.of("rates", "{\"VIDEO\": 1e19}", "rates.VIDEO"),
                Arguments.of("rates", "{\"CHAT\": -5}", "CHAT"),
                Arguments.of("rates", "{\"CHAT\": 0}", "CHAT"),
                Arguments.of("freeMinutes", "4294967299", "freeMinutes"),
                Arguments.of("freeMinutes", "1.5", "freeMinutes"),
                Arguments.of("freeMinutes", "\"2\"", "freeMinutes"),
                Arguments.of("freeMinutes", "-1", "freeMinutes"),
                Arguments.of("available", "\"true\"", "available"),
                Arguments.of("available", "1", "available"),
                Arguments.of("currency", "\"ABC\"", "currency"),
                Arguments.of("currency", "\"XXX\"", "currency"),
                Arguments.of("headline", "\"two\\nlines\"", "headline"),
                Arguments.of("headline", "\"nul\\u0000\"", "headline"),
                Arguments.of("headline", "\"\\u202Egnp.exe\"", "headline"),
                Arguments.of("headline", "\"half \\ud800\"", "headline"),
                Arguments.of("skills", "[\"fine\", \"bad\\u0000\"]", "skills"),
                Arguments.of("bio", "\"bell\\u0007\"", "bio"));
    }

    @ParameterizedTest(name = "profile {0}: {1}")
    @MethodSource("hostileProfiles")
    void profilesAreExactOrRefused(String key, String value, String field) {
        String before = expert.get("/api/experts/me").body();
        String body = object("headline", "\"Hostile headline\"", "bio", "\"Bio\"", "skills", "[\"skill\"]",
                "categories", "[\"programming\"]", "languages", "[\"en\"]", "timeZone", "\"Europe/Madrid\"",
                "currency", "\"EUR\"", "rates", "{\"CHAT\": 100}", "freeMinutes", "1", "available", "true", key, value);
        refusedNaming(CatalogueIT.send(expert, "PUT", "/api/experts/me", body), field);
        assertThat(expert.get("/api/experts/me").body()).as("profile unchanged").isEqualTo(before);
    }

    // ---------------------------------------------------------------- names: one rule at sign-up and in PATCH /api/me

    @ParameterizedTest(name = "sign-up with display name {0}")
    @ValueSource(strings = {"\"Ana\\nGarcía\"", "\"Ana\\rGarcía\"", "\"Ana\\u0000\"", "\"\\u0007bell\"", "\"\\u202Eevil\"",
        "\"line\\u2028sep\"", "\"half \\ud800\"", "\"   \"", "\"\"", "123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void signUpRefusesWhatProfileEditsRefuse(String displayName) {
        String name = displayName.startsWith("\"") ? displayName : "\"" + displayName + "\"";
        String email = Accounts.uniqueEmail("hostile");
        HttpResponse<String> registered = Accounts.postJson("/api/auth/register", "{\"email\": \"" + email
                + "\", \"password\": \"" + Accounts.PASSWORD + "\", \"displayName\": " + name + ", \"role\": \"CLIENT\"}");
        refusedNaming(registered, "displayName");
        assertThat(Accounts.login(email, Accounts.PASSWORD).statusCode()).as("no account stored").isEqualTo(401);

        String before = client.get("/api/me").body();
        HttpResponse<String> patched = ItServer.send(client.request("/api/me").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"displayName\": " + name + "}")).build());
        refusedNaming(patched, "displayName");
        assertThat(client.get("/api/me").body()).as("account unchanged").isEqualTo(before);
    }

    @ParameterizedTest(name = "sign-up {0}: {1}")
    @MethodSource("hostileSignUps")
    void otherSignUpFieldsAreRefused(String key, String value) {
        String email = Accounts.uniqueEmail("hostile");
        String body = object("email", "\"" + email + "\"", "password", "\"" + Accounts.PASSWORD + "\"",
                "displayName", "\"Fine Name\"", "role", "\"CLIENT\"", key, value);
        refusedNaming(Accounts.postJson("/api/auth/register", body), key);
        assertThat(Accounts.login(email, Accounts.PASSWORD).statusCode()).isEqualTo(401);
    }

    Stream<Arguments> hostileSignUps() {
        return Stream.of(Arguments.of("email", "\"nul\\u0000@example.com\""), Arguments.of("role", "\"ADMIN\""),
                Arguments.of("password", "{\"$gt\": \"\"}"), Arguments.of("role", "1"));
    }

    // ---------------------------------------------------------------- reviews, categories, matching, reports, sessions

    @ParameterizedTest(name = "review {0}")
    @ValueSource(strings = {"\"rating\": 4.7", "\"rating\": \"5\"", "\"rating\": 4294967301", "\"rating\": 5.5",
        "\"rating\": 0", "\"rating\": 6", "\"rating\": true", "\"rating\": 4, \"comment\": \"nul\\u0000\""})
    void reviewsAreExactOrRefused(String fields) {
        HttpResponse<String> response = CatalogueIT.send(client, "POST", "/api/sessions/" + reviewable + "/review",
                "{" + fields + "}");
        refusedNaming(response, fields.contains("comment") ? "comment" : "rating");
        assertThat(client.get("/api/sessions/" + reviewable + "/review").statusCode()).as("no review stored").isEqualTo(404);
    }

    @ParameterizedTest(name = "category {0}: {1}")
    @MethodSource("hostileCategories")
    void categoriesRefuseControlCharactersInNames(String key, String value, String field) {
        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String body = object("slug", "\"" + slug + "\"", "name", "{\"es\": \"Bien\", \"en\": \"Fine\"}",
                "description", "{\"es\": \"Bien\", \"en\": \"Fine\"}", key, value);
        refusedNaming(CatalogueIT.send(admin, "POST", "/api/admin/categories", body), field);
        assertThat(ItServer.get("/api/categories").body()).as("no category stored").doesNotContain(slug);
    }

    Stream<Arguments> hostileCategories() {
        return Stream.of(
                Arguments.of("name", "{\"es\": \"dos\\nlíneas\", \"en\": \"Fine\"}", "name.es"),
                Arguments.of("name", "{\"es\": \"Bien\", \"en\": \"nul\\u0000\"}", "name.en"),
                Arguments.of("name", "{\"es\": \"Bien\", \"en\": \"\\u202Eevil\"}", "name.en"),
                Arguments.of("description", "{\"es\": \"campana\\u0007\", \"en\": \"Fine\"}", "description.es"),
                Arguments.of("slug", "\"../etc\"", "slug"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("otherBodies")
    void otherBodiesAreRefused(String path, String body, String field) {
        refusedNaming(CatalogueIT.send(client, "POST", path, body), field);
    }

    Stream<Arguments> otherBodies() {
        String description = "\"description\": \"My Kubernetes cluster keeps restarting pods\"";
        return Stream.of(
                Arguments.of("/api/match", "{" + description + ", \"maxRate\": 1.5}", "maxRate"),
                Arguments.of("/api/match", "{" + description + ", \"maxRate\": \"100\"}", "maxRate"),
                Arguments.of("/api/match", "{\"description\": \"nul\\u0000 in a description\"}", "description"),
                Arguments.of("/api/client-errors", "{\"message\": \"nul\\u0000\"}", "message"),
                Arguments.of("/api/client-errors", "{\"message\": \"x\", \"appVersion\": \"1\\n2\"}", "appVersion"),
                Arguments.of("/api/client-errors", "{\"message\": \"x\", \"deep\": " + "[".repeat(3_000) + "]".repeat(3_000) + "}",
                        "deep"),
                Arguments.of("/api/sessions", "{\"expertId\": {\"$gt\": \"\"}, \"channel\": \"CHAT\"}", "expertId"),
                Arguments.of("/api/sessions", "{\"expertId\": \"x\", \"channel\": 1}", "channel"));
    }

    // ---------------------------------------------------------------- query parameters: 400 naming them, never 404

    Stream<Arguments> hostileParameters() {
        return Stream.of(
                Arguments.of("/api/experts?page=abc", "page"),
                Arguments.of("/api/experts?size=100000000000", "size"),
                Arguments.of("/api/experts?page=1.5", "page"),
                Arguments.of("/api/experts?page=%2B5", "page"),
                Arguments.of("/api/experts?page=0x10", "page"),
                Arguments.of("/api/experts?page=-1", "page"),
                Arguments.of("/api/experts?size=%201", "size"),
                Arguments.of("/api/experts?maxRate=99.99", "maxRate"),
                Arguments.of("/api/experts?maxRate=18446744073709551716", "maxRate"),
                Arguments.of("/api/experts?minRating=NaN", "minRating"),
                Arguments.of("/api/experts?minRating=Infinity", "minRating"),
                Arguments.of("/api/experts?minRating=abc", "minRating"),
                Arguments.of("/api/experts?minRating=9", "minRating"),
                Arguments.of("/api/experts?online=yes", "online"),
                Arguments.of("/api/experts/{expert}/reviews?page=%00", "page"),
                Arguments.of("/api/experts/{expert}/reviews?size=1e400", "size"),
                Arguments.of("/api/sessions?page=1,5", "page"),
                Arguments.of("/api/sessions/{session}/messages?afterSeq=18446744073709551616", "afterSeq"),
                Arguments.of("/api/sessions/{session}/messages?limit=abc", "limit"),
                Arguments.of("/api/wallet?currency=ABC", "currency"),
                Arguments.of("/api/wallet?currency=XAU", "currency"),
                Arguments.of("/api/wallet/transactions?size=2147483648", "size"),
                Arguments.of("/api/wallet/transactions?from=2026-13-45", "from"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("hostileParameters")
    void parametersThatDoNotReadAre400NamingThem(String path, String parameter) {
        String resolved = path.replace("{expert}", expert.userId()).replace("{session}", reviewable);
        refusedNaming(client.get(resolved), parameter);
    }

    @Test
    void adminAndExpertListsReadTheirParametersTheSameWay() {
        refusedNaming(admin.get("/api/admin/users?page=abc"), "page");
        refusedNaming(admin.get("/api/admin/experts?size=9999999999"), "size");
        refusedNaming(expert.get("/api/earnings?page=1.0e1000"), "page");
    }

    // ---------------------------------------------------------------- the URL layer: the container's own refusals

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/experts/..%2F..%2Fetc%2Fpasswd", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
        "/no-such-file-ABCDEFGH.js", "/api/experts/%c0%ae%c0%ae/x", "/api/%ff", "/api/experts?q=%ff",
        "/api/experts?q=caf%C3", "/errors/problem"})
    void pathsTheContainerRefusesAreProblemsToo(String path) {
        refused(ItServer.send(HttpRequest.newBuilder(URI.create(ItServer.base() + path)).GET().build()), 400, 404);
    }

    /**
     * Servlet 6.0's URI canonicalization refuses these in Liberty's web container before any application
     * code or error page runs, with a fixed body (WebContainer.sendBadRequestResponse) that nothing in a WAR
     * or server.xml can replace; server.xml's httpEndpoint headers give them the security headers at least.
     */
    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/WEB-INF/web.xml", "/api/experts/x%00y",
        "/api/info%00", "/api/../../x"})
    void pathsRefusedBeforeTheApplicationAre400WithTheSecurityHeaders(String path) {
        HttpResponse<String> response = ItServer.send(HttpRequest.newBuilder(URI.create(ItServer.base() + path)).GET().build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.body()).doesNotContain("com.ibm").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("WEB-INF/web.xml</");
    }

    @ParameterizedTest(name = "POST with Content-Type [{0}]")
    @ValueSource(strings = {"", "json", "application/json; charset", "application/", "text/plain"})
    void bodiesWithoutAUsableContentTypeAre415(String contentType) {
        refused(ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/client-errors")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"x\"}")).build()), 415);
    }

    // ---------------------------------------------------------------- uploads

    Stream<Arguments> hostileUploads() {
        return Stream.of(
                Arguments.of("", PNG, 415),
                Arguments.of(null, PNG, 415),
                Arguments.of("image/gif", PNG, 415),
                Arguments.of("text/plain", PNG, 415),
                Arguments.of("image/png", "<script>alert(1)</script>".getBytes(), 400),
                Arguments.of("image/jpeg", PNG, 400),
                Arguments.of("image/png", new byte[0], 400),
                Arguments.of("image/png", Arrays.copyOf(PNG, 1024 * 1024 + 1), 413));
    }

    @ParameterizedTest(name = "upload as {0} ({2})")
    @MethodSource("hostileUploads")
    void uploadsAreCheckedBeforeAnythingIsStored(String contentType, byte[] body, int status) {
        String before = expert.get("/api/experts/me").body();
        HttpRequest.Builder request = expert.request("/api/experts/me/avatar").PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        refused(ItServer.send(request.build()), status);
        assertThat(expert.get("/api/experts/me").body()).as("no photo stored").isEqualTo(before);
    }

    // ---------------------------------------------------------------- the WebSocket

    @ParameterizedTest(name = "frame {0}")
    @MethodSource("dev.skillfast.it.HostileFrames#malformed")
    void malformedFramesAreBadMessagesAndStoreNothing(String frame) {
        HostileFrames.assertBadMessage(frame);
    }

    @Test
    void floodsOfMalformedFramesAreRateLimitedAndBinaryFramesClose() {
        HostileFrames.assertMalformedFloodIsLimited();
        HostileFrames.assertBinaryFrameCloses(ByteBuffer.wrap(PNG));
    }

    @Test
    void aLoneSurrogateInChatIsReplacedTheSameWayLiveAndInHistory() {
        HostileFrames.assertLoneSurrogateReplacedAlike();
    }

    // ---------------------------------------------------------------- private stays private

    @Test
    void theAvatarOfAnExpertWhoIsNotPublicIsOnlyItsOwnersAndAdmins() {
        HostilePrivacy.assertPrivateAvatar(admin, PNG);
    }

    @Test
    void aUserSuspendedMidSessionHasTheSessionEndedAtOnce() {
        HostilePrivacy.assertSuspensionEndsTheSession(admin);
    }

    @Test
    void aNormalChatStillWorksAndTheBooksBalance() {
        HostileFrames.assertChatRoundTrip();
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }
}
