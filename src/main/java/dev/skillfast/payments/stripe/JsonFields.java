package dev.skillfast.payments.stripe;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads the few fields SkillFast needs from a Stripe object's raw JSON (JSON-P: stripe-java's own Gson is
 * only its runtime dependency), leniently: a missing field, a JSON null or a value of another shape reads
 * as null, never as an exception.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The JSON object in the text; throws when the text is not one. */
    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    /** A whole number (Stripe's amounts); null unless the field is an integer that fits a long. */
    static Long whole(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (!(value instanceof JsonNumber number)) {
            return null;
        }
        try {
            return number.bigDecimalValue().longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }

    static boolean isTrue(JsonObject object, String name) {
        return object != null && object.get(name) == JsonValue.TRUE;
    }

    static JsonObject object(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        return value instanceof JsonObject found ? found : null;
    }

    /** The first object of a list field ({@code {"object": "list", "data": [...]}}), or null. */
    static JsonObject firstOfList(JsonObject object, String name) {
        JsonValue data = object(object, name) == null ? null : object(object, name).get("data");
        return data instanceof JsonArray items && !items.isEmpty() && items.get(0) instanceof JsonObject first ? first
                : null;
    }

    /** An expandable field: the id, whether Stripe sent the id itself or the expanded object. */
    static String id(JsonObject object, String name) {
        String id = text(object, name);
        return id != null ? id : text(object(object, name), "id");
    }

    static String metadata(JsonObject object, String key) {
        return text(object(object, "metadata"), key);
    }
}
