package dev.skillfast.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * The server the build started for the integration tests (ports reserved by the build and passed in
 * as system properties; 9080 when a test is run by hand against {@code mvn liberty:run}). Before the
 * first test it checks that SkillFast itself answers there: Liberty says "ready" even when its port
 * was taken, so a green run must never come from some other process.
 */
public final class ItServer {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static volatile boolean verified;

    private ItServer() {
    }

    public static int httpPort() {
        return Integer.getInteger("skillfast.it.http.port", 9080);
    }

    public static URI base() {
        return URI.create("http://localhost:" + httpPort());
    }

    public static URI uri(String path) {
        return base().resolve(path);
    }

    public static HttpClient http() {
        awaitSkillFast();
        return HTTP;
    }

    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    /** Waits (bounded) until this build's SkillFast answers on the test port, else fails clearly. */
    public static synchronized void awaitSkillFast() {
        if (verified) {
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/info"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"name\":\"SkillFast\"")) {
                    verified = true;
                    return;
                }
                last = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("SkillFast does not answer at " + base()
                + " (is the port taken, or did the application fail to start? see target/liberty/wlp/usr/servers/*/logs)."
                + " Last answer: " + last);
    }
}
