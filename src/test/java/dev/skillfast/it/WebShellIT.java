package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web app is served at /, deep links get the app, and the backend paths keep their own handling. */
class WebShellIT {

    private static void assertIsTheApp(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<app-root");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void rootServesTheAppWithSecurityHeaders() {
        HttpResponse<String> response = ItServer.get("/");
        assertIsTheApp(response);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("script-src 'self'")
                        .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        // The built page must work under that policy: no inline script or handler.
        assertThat(response.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain("onload=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/experts/123", "/about", "/some/deep/link?tab=reviews"})
    void deepLinksServeTheApp(String path) {
        assertIsTheApp(ItServer.get(path));
    }

    @Test
    void unknownApiPathIsAProblemNotTheApp() {
        HttpResponse<String> response = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/experts/123/nothing"))
                .header("Accept", "text/html").GET().build());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("<app-root");
    }

    @Test
    void aMissingFileIsA404NotTheApp() {
        HttpResponse<String> response = ItServer.get("/no-such-file-ABCDEFGH.js");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<app-root");
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        String index = ItServer.get("/").body();
        Matcher script = Pattern.compile("src=\"([^\"]+-[A-Z0-9]{8}\\.js)\"").matcher(index);
        assertThat(script.find()).as("a hashed script in index.html").isTrue();
        HttpResponse<String> asset = ItServer.get("/" + script.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
    }

    @Test
    void infoSaysTheDatabaseIsEmbedded() {
        HttpResponse<String> response = ItServer.get("/api/info");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject info = ItServer.json(response);
        assertThat(info.getString("name")).isEqualTo("SkillFast");
        assertThat(info.getString("version")).isNotBlank();
        assertThat(info.getString("databaseMode")).isEqualTo("EMBEDDED");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void readinessNamesTheMongoDbCheck() {
        HttpResponse<String> response = ItServer.get("/health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = ItServer.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("mongodb");
                    assertThat(check.getString("status")).isEqualTo("UP");
                    assertThat(check.getJsonObject("data").getString("mode")).isEqualTo("EMBEDDED");
                });
        assertThat(response.body()).doesNotContain("/work/").doesNotContain(".mv.db");
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = ItServer.get("/health/live");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void openApiDescribesTheApi() {
        HttpResponse<String> response = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/openapi"))
                .header("Accept", "application/json").GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject paths = ItServer.json(response).getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/info", "/api/client-errors");
        assertThat(response.body()).contains("application/problem+json").contains("example");
        assertThat(ItServer.get("/openapi/ui/").statusCode()).isEqualTo(200);
    }
}
