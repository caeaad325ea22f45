package dev.skillfast.platform.rest;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import dev.skillfast.platform.input.ExactNumbers;
import dev.skillfast.platform.problem.RefusedJsonValue;

/**
 * How request bodies read numbers and booleans: exactly, or not at all. JSON-B's own readers round 1.5
 * to 1, wrap 18446744073709551716 to 100, take "100" for 100 and "yes" for false; these refuse all of it
 * ({@link RefusedJsonValue}, answered 400 naming the field). A whole-number field takes a JSON number whose
 * value is whole and fits it; a decimal field a finite JSON number; a boolean field true or false; null
 * stays null; a text field takes only a JSON string. Registered for String and the boxed types, which every
 * request body uses ({@code RequestBodiesTest}).
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonbDeserializer<?>[] deserializers() {
        return new JsonbDeserializer<?>[] {new Shorts(), new Ints(), new Longs(), new Doubles(), new Booleans(),
            new Texts()};
    }

    static final class Shorts implements JsonbDeserializer<Short> {
        @Override
        public Short deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (Short) whole(parser, ExactNumbers.Whole.SHORT);
        }
    }

    static final class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (Integer) whole(parser, ExactNumbers.Whole.INT);
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return (Long) whole(parser, ExactNumbers.Whole.LONG);
        }
    }

    static final class Doubles implements JsonbDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser);
            return number == null ? null : ExactNumbers.finite(number)
                    .orElseThrow(() -> new RefusedJsonValue("must be a finite number"));
        }
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new RefusedJsonValue("must be true or false");
            };
        }
    }

    /**
     * Text is a JSON string: 1 is not "1", true is not "true" (the mirror of "100" not being 100). An array
     * or an object (an operator such as {"$gt": ""}) is a wrong shape, answered as before: malformed-request
     * naming the property.
     */
    static final class Texts implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser);
            return switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NULL -> null;
                case NUMBER, TRUE, FALSE -> throw new RefusedJsonValue("must be text, not a number or a boolean");
                default -> throw new JsonbException("An array or an object cannot be read as text");
            };
        }
    }

    private static Number whole(JsonParser parser, ExactNumbers.Whole kind) {
        BigDecimal number = number(parser);
        return number == null ? null : kind.of(number).orElseThrow(() -> new RefusedJsonValue(kind.message()));
    }

    /** The JSON number at the parser, null for JSON null; anything else (text included) is refused. */
    private static BigDecimal number(JsonParser parser) {
        JsonValue value = value(parser);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new RefusedJsonValue(value.getValueType() == JsonValue.ValueType.STRING
                    ? "must be a number, not text" : "must be a number");
        }
        try {
            return number.bigDecimalValue();
        } catch (RuntimeException tooLong) {
            throw new RefusedJsonValue("must be a number of at most 40 digits");
        }
    }

    private static JsonValue value(JsonParser parser) {
        try {
            return parser.getValue();
        } catch (RefusedJsonValue e) {
            throw e;
        } catch (RuntimeException unreadable) { // the JSON-P implementation's limits: number length, nesting depth
            throw new RefusedJsonValue("is too long or too deeply nested to read");
        }
    }
}
