package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Brute force, hostile bodies: refused cleanly, nothing stored. */
class AbuseIT {

    @Test
    void bruteForceOnOneAccountHits429WellBefore100Tries() {
        Accounts.Session victim = Accounts.newUser("CLIENT");
        int attempt = 0;
        HttpResponse<String> response = null;
        while (attempt < 100) {
            attempt++;
            response = Accounts.login(victim.email(), "guess-number-" + attempt);
            if (response.statusCode() == 429) {
                break;
            }
            assertThat(response.statusCode()).isEqualTo(401);
        }
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(attempt).isLessThanOrEqualTo(11);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        // Even the right password waits until the lock is over.
        assertThat(Accounts.login(victim.email(), Accounts.PASSWORD).statusCode()).isEqualTo(429);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"email\": {\"$gt\": \"\"}, \"password\": \"x-long-password\", \"displayName\": \"X\", \"role\": \"CLIENT\"}",
        "{\"email\": \"op@example.com\", \"password\": {\"$ne\": null}, \"displayName\": \"X\", \"role\": \"CLIENT\"}",
        "{\"email\": \"extra@example.com\", \"password\": \"x-long-password\", \"displayName\": \"X\", \"role\": \"CLIENT\", \"isAdmin\": true}",
        "{\"email\": [\"a@example.com\"], \"password\": \"x-long-password\", \"displayName\": \"X\", \"role\": \"CLIENT\"}",
        "{\"email\": \"short@example.com\", \"password\": \"short\", \"displayName\": \"X\", \"role\": \"CLIENT\"}",
        "{\"email\": \"not-an-email\", \"password\": \"x-long-password\", \"displayName\": \"X\", \"role\": \"CLIENT\"}",
        "{\"email\": \"noname@example.com\", \"password\": \"x-long-password\", \"displayName\": \"  \", \"role\": \"CLIENT\"}"
    })
    void hostileRegistrationsAre400(String body) {
        HttpResponse<String> response = Accounts.postJson("/api/auth/register", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void operatorObjectsOnLoginAre400NotASignIn() {
        HttpResponse<String> response = Accounts.postJson("/api/auth/login",
                "{\"email\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("accessToken");
    }

    @Test
    void refusedRegistrationsStoreNothing() {
        String email = Accounts.uniqueEmail("refused");
        Accounts.postJson("/api/auth/register", "{\"email\": \"" + email
                + "\", \"password\": \"x-long-password\", \"displayName\": \"X\", \"role\": \"CLIENT\", \"isAdmin\": true}");
        // Had it been stored, this registration would be a 409.
        assertThat(Accounts.register(email, Accounts.PASSWORD, "CLIENT").statusCode()).isEqualTo(201);
    }

    @Test
    void oversizedBodiesAre413() {
        String big = "{\"email\": \"big@example.com\", \"password\": \"x-long-password\", \"displayName\": \""
                + "x".repeat(70_000) + "\", \"role\": \"CLIENT\"}";
        HttpResponse<String> withLength = Accounts.postJson("/api/auth/register", big);
        assertThat(withLength.statusCode()).isEqualTo(413);
        assertThat(withLength.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        // Streamed without a Content-Length: refused once it passes the limit.
        HttpResponse<String> streamed = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/auth/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());
        assertThat(streamed.statusCode()).isEqualTo(413);
    }
}
