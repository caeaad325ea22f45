package dev.skillfast.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * The tests' OpenID Connect provider: mock-oauth2-server on the port the build reserved and gave the
 * integration-test server as its issuer ({@code http://localhost:<port>/company}). Started once, at first
 * use; it answers authorization requests at once (no login page) with the claims enqueued for them.
 */
public final class ItOidc {

    public static final String ISSUER_ID = "company";
    public static final String CLIENT_ID = "skillfast-it";

    private static MockOAuth2Server server;
    private static final AtomicReference<String> NEXT_TOKEN_RESPONSE = new AtomicReference<>();

    private ItOidc() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            MockOAuth2Server started = new MockOAuth2Server(new TokenOverride());
            started.start(Integer.getInteger("skillfast.it.oidc.port", 8089));
            server = started;
        }
        return server;
    }

    /** The next sign-in at the provider is this person (subject), with these e-mail, name and groups. */
    public static void nextUser(String subject, String email, String name, List<String> groups) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "name", name, "groups", groups), 3600));
    }

    public static String issuer() {
        return server().issuerUrl(ISSUER_ID).toString();
    }

    /**
     * The next token request, whatever its code, is answered with this JSON body (an ID token the provider
     * would never sign: a foreign key, a wrong issuer...), then the provider answers normally again.
     */
    public static void nextTokenResponse(String json) {
        server();
        NEXT_TOKEN_RESPONSE.set(json);
    }

    /** A route the provider consults before its own: the token endpoint's answer when one is set. */
    private static final class TokenOverride implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return NEXT_TOKEN_RESPONSE.get() != null && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = NEXT_TOKEN_RESPONSE.getAndSet(null);
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body,
                    null);
        }
    }
}
