package dev.skillfast.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.skillfast.platform.problem.RefusedJsonValue;

/** Request bodies read numbers and booleans exactly or not at all, with Yasson (the JSON-B Liberty runs). */
class StrictJsonTest {

    public record Rates(Long CHAT, Long VIDEO) {
    }

    public record Body(Long amount, Integer count, Short small, Double score, Boolean flag, Rates rates,
                       List<Integer> ratings, String name, List<String> skills) {
    }

    private final Jsonb jsonb = JsonbBuilder.create(JsonbSettings.config());

    private Body read(String json) {
        return jsonb.fromJson(json, Body.class);
    }

    private static RefusedJsonValue refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RefusedJsonValue refused) {
                return refused;
            }
        }
        throw new AssertionError("not refused by the strict readers", failure);
    }

    @Test
    void exactValuesAreRead() {
        Body body = read("{\"amount\": 9223372036854775807, \"count\": -2147483648, \"small\": 4.0, \"score\": 4.7,"
                + " \"flag\": false, \"rates\": {\"CHAT\": 1e2}, \"ratings\": [1, 5]}");
        assertThat(body.amount()).isEqualTo(Long.MAX_VALUE);
        assertThat(body.count()).isEqualTo(Integer.MIN_VALUE);
        assertThat(body.small()).isEqualTo((short) 4);
        assertThat(body.score()).isEqualTo(4.7);
        assertThat(body.flag()).isFalse();
        assertThat(body.rates().CHAT()).isEqualTo(100L);
        assertThat(body.ratings()).containsExactly(1, 5);
    }

    @Test
    void textIsReadAsItIs() {
        Body body = read("{\"name\": \"Ana \\u00e9 \\n 1\", \"skills\": [\"java\", \"\"], \"amount\": null}");
        assertThat(body.name()).isEqualTo("Ana \u00e9 \n 1");
        assertThat(body.skills()).containsExactly("java", "");
        assertThat(read("{\"name\": null}").name()).isNull();
    }

    @Test
    void nullsAndMissingFieldsStayNull() {
        Body body = read("{\"amount\": null, \"flag\": null}");
        assertThat(body.amount()).isNull();
        assertThat(body.flag()).isNull();
        assertThat(body.count()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"amount\": 1.5}|whole number",
        "{\"amount\": 18446744073709551716}|whole number",
        "{\"amount\": \"100\"}|not text",
        "{\"count\": 4294967299}|from -2147483648 to 2147483647",
        "{\"count\": 4.7}|whole number",
        "{\"small\": 40000}|from -32768 to 32767",
        "{\"score\": \"4.5\"}|not text",
        "{\"score\": 1e400}|finite",
        "{\"flag\": \"true\"}|true or false",
        "{\"flag\": 1}|true or false",
        "{\"amount\": [1]}|must be a number",
        "{\"amount\": {\"$gt\": 0}}|must be a number",
        "{\"amount\": true}|must be a number",
        "{\"name\": 1}|must be text",
        "{\"name\": true}|must be text",
        "{\"skills\": [\"java\", 7]}|must be text"
    })
    void inexactOrMistypedValuesAreRefused(String json, String said) {
        RefusedJsonValue refused = refusal(catchThrowable(() -> read(json)));
        assertThat(refused.getMessage()).contains(said);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"rates\": {\"CHAT\": 99.99}}", "{\"ratings\": [1, 2.5]}"})
    void nestedValuesAreReadByTheSameRule(String json) {
        assertThat(refusal(catchThrowable(() -> read(json))).getMessage()).contains("whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": {\"$ne\": \"\"}}", "{\"name\": [\"a\"]}"})
    void anObjectOrArrayInPlaceOfTextIsAWrongShapeNotARefusedValue(String json) {
        Throwable failure = catchThrowable(() -> read(json));
        assertThat(failure).isInstanceOf(jakarta.json.bind.JsonbException.class);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t).isNotInstanceOf(RefusedJsonValue.class);
        }
    }

    @Test
    void aNumberTooLongForTheReaderIsRefusedNotAnError() {
        String digits = "9".repeat(2_000);
        assertThat(refusal(catchThrowable(() -> read("{\"amount\": " + digits + "}")))).isNotNull();
    }
}
