package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Accounts for integration tests, through the public API: of the integration-test server, or of the
 * server at a given base URI (a cluster node, {@link ClusterNodes}).
 */
public final class Accounts {

    public static final String PASSWORD = "a-long-Password-42";

    private Accounts() {
    }

    /**
     * A signed-in user: the access token and the refresh token from the cookie, and the server its
     * requests go to (the one it signed in on).
     */
    public record Session(String userId, String email, String accessToken, String refreshToken, URI base) {

        public Session(String userId, String email, String accessToken, String refreshToken) {
            this(userId, email, accessToken, refreshToken, ItServer.base());
        }

        /** The same sign-in, its requests sent to another server of the same cluster. */
        public Session on(URI server) {
            return new Session(userId, email, accessToken, refreshToken, server);
        }

        public HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + accessToken);
        }

        public HttpResponse<String> get(String path) {
            return ItServer.send(request(path).GET().build());
        }
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static HttpResponse<String> postJson(String path, String json) {
        return postJson(ItServer.base(), path, json);
    }

    public static HttpResponse<String> postJson(URI base, String path, String json) {
        return ItServer.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> register(String email, String password, String role) {
        return register(ItServer.base(), email, password, role);
    }

    public static HttpResponse<String> register(URI base, String email, String password, String role) {
        return postJson(base, "/api/auth/register", Json.createObjectBuilder().add("email", email).add("password", password)
                .add("displayName", "Test " + role.toLowerCase()).add("role", role).build().toString());
    }

    public static HttpResponse<String> login(String email, String password) {
        return login(ItServer.base(), email, password);
    }

    public static HttpResponse<String> login(URI base, String email, String password) {
        return postJson(base, "/api/auth/login",
                Json.createObjectBuilder().add("email", email).add("password", password).build().toString());
    }

    /** Registers a new user with the role and signs them in. */
    public static Session newUser(String role) {
        return newUser(ItServer.base(), role);
    }

    /** Registers a new user with the role on the server at {@code base} and signs them in there. */
    public static Session newUser(URI base, String role) {
        String email = uniqueEmail(role.toLowerCase());
        HttpResponse<String> registered = register(base, email, PASSWORD, role);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return signIn(base, email, PASSWORD);
    }

    public static Session signIn(String email, String password) {
        return signIn(ItServer.base(), email, password);
    }

    public static Session signIn(URI base, String email, String password) {
        HttpResponse<String> response = login(base, email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return session(response, email).on(base);
    }

    private static Session cachedAdmin;
    private static long cachedAdminAt;

    /**
     * The administrator, signed in once every few minutes: tests that need it for many calls (grants,
     * checks) would otherwise trip the per-account sign-in limit.
     */
    public static synchronized Session cachedAdmin() {
        if (cachedAdmin == null || System.nanoTime() - cachedAdminAt > java.time.Duration.ofMinutes(4).toNanos()) {
            cachedAdmin = admin();
            cachedAdminAt = System.nanoTime();
        }
        return cachedAdmin;
    }

    public static Session admin() {
        return admin(ItServer.base());
    }

    /** The first administrator (the integration-test settings' e-mail and password), signed in at {@code base}. */
    public static Session admin(URI base) {
        return signIn(base, adminEmail(), adminPassword());
    }

    /** The first administrator's e-mail, as the build configures the test servers. */
    public static String adminEmail() {
        return System.getProperty("skillfast.it.admin.email", "admin@it.skillfast.local");
    }

    public static String adminPassword() {
        return System.getProperty("skillfast.it.admin.password", "it-admin-Password-2026");
    }

    public static Session session(HttpResponse<String> response, String email) {
        JsonObject body = ItServer.json(response);
        return new Session(body.getJsonObject("user").getString("id"), email, body.getString("accessToken"),
                refreshCookie(response).orElse(null));
    }

    /** The refresh token from the response's Set-Cookie, if it set one with a value. */
    public static Optional<String> refreshCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("skillfast_refresh="))
                .map(c -> c.substring("skillfast_refresh=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    public static HttpResponse<String> refresh(String refreshToken) {
        return ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/auth/refresh"))
                .header("Cookie", "skillfast_refresh=" + refreshToken)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
