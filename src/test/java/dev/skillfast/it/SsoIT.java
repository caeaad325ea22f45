package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Single sign-on through a real OpenID Connect provider on localhost (mock-oauth2-server, {@link ItOidc}):
 * the full authorization code flow with PKCE, and every way an answer must be refused.
 */
class SsoIT {

    private static final HttpClient PROVIDER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A sign-in started at SkillFast: the provider URL it sent the browser to, and the browser's cookie. */
    record Started(URI authorize, String state, String nonce, String cookie) {
    }

    @Test
    void theOptionsSaySingleSignOnIsOnWithItsLabel() {
        JsonObject options = ItServer.json(ItServer.get("/api/auth/sso"));
        assertThat(options.getBoolean("configured")).isTrue();
        assertThat(options.getString("label")).isEqualTo("Contoso");
        assertThat(options.getString("startUrl")).isEqualTo("/api/auth/sso/start");
        assertThat(options.getBoolean("localSignup")).isTrue();
        assertThat(options.getBoolean("mailEnabled")).isTrue();
    }

    @Test
    void theFirstSignInCreatesTheUserWithTheMappedRoleAndLaterOnesFollowTheGroups() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        String email = Accounts.uniqueEmail("sso");
        ItOidc.nextUser(subject, email, "Sofía Ortega", List.of("staff", "desk-experts"));
        HttpResponse<String> back = signIn("/experts?q=java");
        assertThat(back.headers().firstValue("Location")).contains("/login/sso?returnTo=%2Fexperts%3Fq%3Djava");
        JsonObject first = refreshed(back);
        assertThat(first.getString("role")).isEqualTo("EXPERT");
        assertThat(first.getString("email")).isEqualTo(email);
        assertThat(first.getString("displayName")).isEqualTo("Sofía Ortega");

        ItOidc.nextUser(subject, email, "Sofía Ortega", List.of("desk-admins"));
        JsonObject second = refreshed(signIn("/"));
        assertThat(second.getString("id")).isEqualTo(first.getString("id"));
        assertThat(second.getString("role")).isEqualTo("ADMIN");

        ItOidc.nextUser(subject, email, "Sofía O.", List.of("staff"));
        JsonObject third = refreshed(signIn("/"));
        assertThat(third.getString("id")).isEqualTo(first.getString("id"));
        assertThat(third.getString("role")).as("a removed admin group removes the role").isEqualTo("CLIENT");
        assertThat(third.getString("displayName")).isEqualTo("Sofía O.");
    }

    @Test
    void aReturnPathOutsideTheAppBecomesTheHomePage() throws Exception {
        ItOidc.nextUser("sub-" + UUID.randomUUID(), Accounts.uniqueEmail("sso"), "Ext", List.of());
        assertThat(signIn("https://evil.example/").headers().firstValue("Location")).contains("/login/sso?returnTo=%2F");
    }

    @Test
    void anIdTokenThatNamesNoAddressIsAnUnknownUser() throws Exception {
        ItOidc.server().enqueueCallback(new DefaultOAuth2TokenCallback(ItOidc.ISSUER_ID, "sub-" + UUID.randomUUID(), "JWT",
                List.of(ItOidc.CLIENT_ID), Map.of("name", "No Address", "preferred_username", "noaddress"), 3600));
        assertRefused(signIn("/"), "unknown_user");
    }

    @Test
    void anAccountSuspendedInSkillFastStaysSuspended() throws Exception {
        String subject = "sub-" + UUID.randomUUID();
        String email = Accounts.uniqueEmail("sso");
        ItOidc.nextUser(subject, email, "Sam", List.of());
        String id = refreshed(signIn("/")).getString("id");
        assertThat(CatalogueIT.send(Accounts.cachedAdmin(), "PATCH", "/api/admin/users/" + id,
                "{\"suspended\":true}").statusCode()).isEqualTo(200);

        ItOidc.nextUser(subject, email, "Sam", List.of("desk-admins"));
        assertRefused(signIn("/"), "suspended");
    }

    @Test
    void anUnknownStateOrAnAnswerToAnotherBrowserIsRefused() throws Exception {
        Started started = start("/");
        assertRefused(callback(started.cookie(), "code=abc&state=" + UUID.randomUUID()), "state");
        URI answer = providerAnswer(started.authorize());
        assertRefused(callback(null, answer.getRawQuery()), "state"); // someone else's browser: no attempt cookie
    }

    @Test
    void anAttemptAnswersOnce() throws Exception {
        ItOidc.nextUser("sub-" + UUID.randomUUID(), Accounts.uniqueEmail("sso"), "Once", List.of());
        Started started = start("/");
        URI answer = providerAnswer(started.authorize());
        assertThat(callback(started.cookie(), answer.getRawQuery()).headers().firstValue("Location")).get().asString()
                .startsWith("/login/sso");
        assertRefused(callback(started.cookie(), answer.getRawQuery()), "state");
    }

    @Test
    void aDeniedConsentIsToldAsSuch() throws Exception {
        Started started = start("/");
        assertRefused(callback(started.cookie(), "error=access_denied&state=" + started.state()), "denied");
    }

    @Test
    void anIdTokenForAnotherNonceIsRefused() throws Exception {
        ItOidc.nextUser("sub-" + UUID.randomUUID(), Accounts.uniqueEmail("sso"), "Nonce", List.of());
        Started started = start("/");
        URI tampered = URI.create(started.authorize().toString().replace("nonce=" + started.nonce(), "nonce=forged"));
        assertRefused(callback(started.cookie(), providerAnswer(tampered).getRawQuery()), "invalid_token");
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        Started started = start("/");
        SignedJWT token = ItOidc.server().issueToken("elsewhere", "someone", callback(started, List.of(ItOidc.CLIENT_ID), 3600));
        assertRefused(answerWithToken(started, token.serialize()), "invalid_token");
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        Started started = start("/");
        SignedJWT token = ItOidc.server().issueToken(ItOidc.ISSUER_ID, "someone", callback(started, List.of("other-app"), 3600));
        assertRefused(answerWithToken(started, token.serialize()), "wrong_audience");
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        Started started = start("/");
        SignedJWT token = ItOidc.server().issueToken(ItOidc.ISSUER_ID, "someone", callback(started, List.of(ItOidc.CLIENT_ID), -300));
        assertRefused(answerWithToken(started, token.serialize()), "invalid_token");
    }

    @Test
    void anIdTokenSignedWithAForeignKeyIsRefused() throws Exception {
        Started started = start("/");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey foreign = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        Instant now = Instant.now();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("foreign").build(),
                new JWTClaimsSet.Builder().issuer(ItOidc.issuer()).audience(ItOidc.CLIENT_ID).subject("mallory")
                        .claim("email", "mallory@example.com").claim("nonce", started.nonce())
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build());
        token.sign(new RSASSASigner(foreign));
        assertRefused(answerWithToken(started, token.serialize()), "invalid_token");
    }

    // --- the flow, step by step --------------------------------------------------------------------

    /** The whole flow for the user enqueued at the provider; answers SkillFast's callback response. */
    static HttpResponse<String> signIn(String returnTo) throws Exception {
        Started started = start(returnTo);
        return callback(started.cookie(), providerAnswer(started.authorize()).getRawQuery());
    }

    static Started start(String returnTo) {
        HttpResponse<String> response = ItServer.get("/api/auth/sso/start?returnTo="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        URI authorize = URI.create(response.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = query(authorize);
        assertThat(authorize.toString()).startsWith(ItOidc.issuer());
        assertThat(query).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("skillfast_sso="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return new Started(authorize, query.get("state"), query.get("nonce"), cookie);
    }

    /** The provider signs the enqueued user in at once and redirects back: the callback URL it gives. */
    static URI providerAnswer(URI authorize) throws Exception {
        HttpResponse<String> response = PROVIDER.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/api/auth/sso/callback");
        return back;
    }

    static HttpResponse<String> callback(String cookie, String rawQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ItServer.uri("/api/auth/sso/callback?" + rawQuery)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return ItServer.send(request.build());
    }

    /** The account the callback signed in, through the refresh cookie it set (as the web app does). */
    static JsonObject refreshed(HttpResponse<String> back) {
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).get().asString().startsWith("/login/sso?returnTo=");
        String refreshToken = Accounts.refreshCookie(back).orElseThrow(() -> new AssertionError("no refresh cookie"));
        HttpResponse<String> refreshed = Accounts.refresh(refreshToken);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonObject session = ItServer.json(refreshed);
        HttpResponse<String> me = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/me"))
                .header("Authorization", "Bearer " + session.getString("accessToken")).GET().build());
        assertThat(me.statusCode()).isEqualTo(200);
        return ItServer.json(me);
    }

    private static void assertRefused(HttpResponse<String> back, String code) {
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).contains("/login?ssoError=" + code);
        assertThat(Accounts.refreshCookie(back)).as("no sign-in").isEmpty();
    }

    /** The provider's token endpoint answers this ID token for the next code redeemed (whatever the code). */
    private static HttpResponse<String> answerWithToken(Started started, String idToken) {
        ItOidc.nextTokenResponse(Json.createObjectBuilder().add("access_token", "at-" + UUID.randomUUID())
                .add("token_type", "Bearer").add("expires_in", 3600).add("id_token", idToken).build().toString());
        return callback(started.cookie(), "code=any&state=" + started.state());
    }

    private static DefaultOAuth2TokenCallback callback(Started started, List<String> audience, long expirySeconds) {
        return new DefaultOAuth2TokenCallback(ItOidc.ISSUER_ID, "someone", "JWT", audience,
                Map.of("email", "someone@example.com", "nonce", started.nonce()), expirySeconds);
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }
}
