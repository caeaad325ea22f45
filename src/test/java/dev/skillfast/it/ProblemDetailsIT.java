package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API error is application/problem+json with a clear detail and no Java internals. */
class ProblemDetailsIT {

    private static HttpResponse<String> postJson(String path, String body) {
        return ItServer.send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .doesNotContain("dev.skillfast")
                .doesNotContain("java.")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        JsonObject problem = ItServer.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    @Test
    void unknownApiRouteIs404() {
        JsonObject problem = problem(ItServer.get("/api/no-such-thing"), 404);
        assertThat(problem.getString("type")).isEqualTo("urn:skillfast:problem:not-found");
        assertThat(problem.getString("detail")).contains("/api/no-such-thing");
        assertThat(problem.getString("instance")).isEqualTo("/api/no-such-thing");
    }

    @Test
    void wrongMethodIs405AndSaysWhatIsAllowed() {
        HttpResponse<String> response = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/info"))
                .DELETE().build());
        JsonObject problem = problem(response, 405);
        assertThat(problem.getString("detail")).contains("DELETE").contains("GET");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void wrongMediaTypeIs415() {
        HttpResponse<String> response = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/client-errors"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("message=x"))
                .build());
        assertThat(problem(response, 415).getString("detail")).contains("text/plain").contains("application/json");
    }

    @Test
    void malformedJsonIs400AndSaysWhere() {
        JsonObject problem = problem(postJson("/api/client-errors", "{\"message\": \"x\",\n  \"route\": }"), 400);
        assertThat(problem.getString("type")).isEqualTo("urn:skillfast:problem:malformed-request");
        assertThat(problem.getString("detail")).contains("line 2").contains("column");
    }

    @Test
    void emptyBodyIs400() {
        assertThat(problem(postJson("/api/client-errors", ""), 400).getString("detail")).contains("empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"message\": {\"$gt\": \"\"}}|message",
        "{\"message\": \"x\", \"isAdmin\": true}|isAdmin"
    })
    void wrongShapesAre400AndNameTheProperty(String body, String property) {
        JsonObject problem = problem(postJson("/api/client-errors", body), 400);
        assertThat(problem.getString("detail")).contains("'" + property + "'");
    }

    @Test
    void anArrayInPlaceOfAStringIs400() {
        JsonObject problem = problem(postJson("/api/client-errors", "{\"message\": [1, 2]}"), 400);
        assertThat(problem.getString("type")).isEqualTo("urn:skillfast:problem:malformed-request");
    }

    @Test
    void failedValidationIs400WithFieldErrors() {
        String tooLong = "x".repeat(2001);
        JsonObject problem = problem(postJson("/api/client-errors",
                "{\"message\": \"" + tooLong + "\", \"route\": \"not a path\"}"), 400);
        assertThat(problem.getString("type")).isEqualTo("urn:skillfast:problem:validation");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("message", "route");
        assertThat(problem.getString("detail")).contains("message:").contains("route:");
    }

    @Test
    void missingBodyIs400WithAFieldError() {
        JsonObject problem = problem(postJson("/api/client-errors", "null"), 400);
        assertThat(problem.getJsonArray("errors")).hasSize(1);
    }

    @Test
    void aValidReportIsAccepted() {
        HttpResponse<String> response = postJson("/api/client-errors",
                "{\"message\": \"TypeError: x is undefined\", \"route\": \"/experts/42\", \"appVersion\": \"test\"}");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(ItServer.json(response).getString("errorId")).matches("[0-9a-f-]{36}");
    }

    @Test
    void errorsAreNeverCached() {
        assertThat(ItServer.get("/api/no-such-thing").headers().firstValue("Cache-Control")).contains("no-store");
    }
}
