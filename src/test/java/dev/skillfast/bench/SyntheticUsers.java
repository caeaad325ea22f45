package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.skillfast.accounts.domain.Pem;
import dev.skillfast.it.Accounts;
import dev.skillfast.it.ItServer;

/**
 * The benchmark profile's synthetic accounts (…@synthetic.skillfast.local) with access tokens signed
 * by the test key, so a benchmark signs in thousands of users without the sign-in rate limits.
 */
final class SyntheticUsers {

    record User(String id, String email, String role, String token) {
    }

    private final RSAPrivateKey key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    SyntheticUsers() throws Exception {
        key = Pem.parsePrivateKey(Files.readString(Path.of("src/test/resources/it-keys/private.pem")));
    }

    /** Up to {@code wanted} synthetic users of a role, listed through the admin API. */
    List<User> list(Accounts.Session admin, String role, int wanted) {
        List<User> users = new ArrayList<>();
        for (int page = 0; users.size() < wanted; page++) {
            HttpResponse<String> list = admin.get("/api/admin/users?q=synthetic.skillfast.local&role=" + role
                    + "&size=100&page=" + page);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            List<JsonObject> items = ItServer.json(list).getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            for (JsonObject u : items) {
                if (users.size() < wanted) {
                    users.add(new User(u.getString("id"), u.getString("email"), role,
                            token(u.getString("id"), u.getString("email"), role)));
                }
            }
        }
        assertThat(users).as("synthetic %s accounts (run with -Pbenchmark)", role).hasSizeGreaterThan(0);
        return users;
    }

    String token(String userId, String email, String role) {
        try {
            Instant now = Instant.now();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().issuer("skillfast")
                    .audience("skillfast-api").subject(userId).claim("upn", email).claim("groups", List.of(role))
                    .claim("tv", 0).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(2))))
                    .jwtID(UUID.randomUUID().toString()).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(String token, String method, String path, String json) {
        try {
            return http.send(HttpRequest.newBuilder(ItServer.uri(path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
