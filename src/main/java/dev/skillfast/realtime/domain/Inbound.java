package dev.skillfast.realtime.domain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.skillfast.platform.input.ExactNumbers;

/** Reading a client's frame: the envelope and typed access to its fields, each failure a protocol error. */
public final class Inbound {

    /** The {@code error} codes of the protocol. */
    public enum ErrorCode {
        BAD_MESSAGE("bad-message"), UNKNOWN_TYPE("unknown-type"), NOT_FOUND("not-found"), FORBIDDEN("forbidden"),
        NOT_ACTIVE("not-active"), NOT_SUPPORTED("not-supported"), TOO_LONG("too-long"),
        RATE_LIMITED("rate-limited"), UNAVAILABLE("unavailable"), INTERNAL("internal");

        private final String code;

        ErrorCode(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A message the gateway refuses; the connection stays open. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final ErrorCode code;

        Refused(ErrorCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public ErrorCode code() {
            return code;
        }
    }

    private static final int MAX_ID = 64;
    /** One factory for all frames: {@code Json.createReader()} looks the provider up on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    private final JsonObject json;

    private Inbound(JsonObject json) {
        this.json = json;
    }

    /**
     * Reads a frame. Nesting is checked first, without building anything ({@link FrameScan}); whatever the
     * JSON reader then refuses — syntax, or its own limits (a number of over 1,100 characters), which it
     * signals with plain runtime exceptions — is a bad message, never an internal error.
     */
    static Inbound parse(String text) {
        if (FrameScan.of(text).tooDeep()) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "A message may nest at most " + FrameScan.MAX_DEPTH + " levels.");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException unreadable) { // JsonException, and the reader's limits
            throw new Refused(ErrorCode.BAD_MESSAGE, "The message is not well-formed JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "A message must be a JSON object.");
        }
        return new Inbound(value.asJsonObject());
    }

    /** The client's id for this message, when it gave a usable one. */
    String id() {
        JsonValue id = json.get("id");
        if (id instanceof JsonString s && !s.getString().isEmpty() && s.getString().length() <= MAX_ID) {
            return s.getString();
        }
        return null;
    }

    String type() {
        return string("type");
    }

    String string(String field) {
        if (json.get(field) instanceof JsonString s) {
            return s.getString();
        }
        throw new Refused(ErrorCode.BAD_MESSAGE, "'" + field + "' must be a string.");
    }

    /** A whole number from 0 up, exactly as sent (never truncated or wrapped). */
    long nonNegative(String field) {
        if (json.get(field) instanceof JsonNumber n) {
            Optional<Long> exact = ExactNumbers.whole(n.bigDecimalValue(), 0, Long.MAX_VALUE);
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        throw new Refused(ErrorCode.BAD_MESSAGE, "'" + field + "' must be a whole number from 0 to " + Long.MAX_VALUE + ".");
    }

    List<String> strings(String field, int max) {
        if (!(json.get(field) instanceof JsonArray array)) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "'" + field + "' must be an array of strings.");
        }
        if (array.size() > max) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "'" + field + "' may hold at most " + max + " entries.");
        }
        List<String> values = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s) || s.getString().length() > MAX_ID) {
                throw new Refused(ErrorCode.BAD_MESSAGE, "'" + field + "' must be an array of ids.");
            }
            values.add(s.getString());
        }
        return values;
    }

    /** An ICE candidate: an object, or null for "no more candidates". */
    Optional<JsonValue> candidate() {
        JsonValue value = json.get("candidate");
        if (value == null) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "'candidate' is required (an object, or null).");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT && value.getValueType() != JsonValue.ValueType.NULL) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "'candidate' must be an object or null.");
        }
        return Optional.of(value);
    }
}
