package dev.skillfast.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.junit.jupiter.api.Test;

/** What a client is told when its JSON cannot be read (with Yasson, the JSON-B that Liberty runs). */
class JsonProblemsTest {

    public record Body(String message) {
    }

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    private Throwable readFailure(String json) {
        return catchThrowable(() -> jsonb.fromJson(json, Body.class));
    }

    @Test
    void syntaxErrorsSayWhere() {
        Throwable failure = readFailure("{\"message\": \"x\",\n }");
        assertThat(JsonProblems.isJsonFailure(failure)).isTrue();
        assertThat(JsonProblems.describe(failure)).matches("The request body is not well-formed JSON \\(line 2, column \\d+\\)\\.");
    }

    @Test
    void anEmptyBodyIsCalledEmpty() {
        assertThat(JsonProblems.describe(readFailure(""))).isEqualTo("The request body is empty: send a JSON object.");
    }

    @Test
    void anUnfinishedObjectIsNotCalledEmpty() {
        assertThat(JsonProblems.describe(readFailure("{"))).doesNotContain("empty");
    }

    @Test
    void unknownPropertiesAreNamed() {
        assertThat(JsonProblems.describe(readFailure("{\"message\":\"x\",\"admin\":true}")))
                .isEqualTo("The request body has a property this operation does not accept: 'admin'.");
    }

    @Test
    void anOperatorObjectInPlaceOfAStringIsRefused() {
        String detail = JsonProblems.describe(readFailure("{\"message\": {\"$gt\": \"\"}}"));
        assertThat(detail).contains("'message'").doesNotContain("dev.skillfast").doesNotContain("java.");
    }

    @Test
    void otherFailuresNeverLeakJavaNames() {
        Throwable failure = readFailure("[1, 2]");
        assertThat(JsonProblems.describe(failure)).doesNotContain("dev.skillfast").doesNotContain("java.")
                .startsWith("The request body");
    }

    public record Rates(Long CHAT) {
    }

    public record Profile(Rates rates, Integer freeMinutes) {
    }

    private final Jsonb strict = JsonbBuilder.create(dev.skillfast.platform.rest.JsonbSettings.config());

    @Test
    void aRefusedValueIsNamedByItsPlaceInTheBody() {
        Throwable nested = catchThrowable(() -> strict.fromJson("{\"rates\": {\"CHAT\": 99.99}}", Profile.class));
        assertThat(Causes.find(nested, RefusedJsonValue.class)).isPresent();
        assertThat(JsonProblems.fieldPath(nested)).isEqualTo("rates.CHAT");
        Throwable top = catchThrowable(() -> strict.fromJson("{\"freeMinutes\": 4294967299}", Profile.class));
        assertThat(JsonProblems.fieldPath(top)).isEqualTo("freeMinutes");
        assertThat(JsonProblems.isJsonFailure(top)).isTrue();
    }

    @Test
    void nonJsonFailuresAreNotMistakenForJson() {
        assertThat(JsonProblems.isJsonFailure(new IllegalStateException("boom"))).isFalse();
    }
}
