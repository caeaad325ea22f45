package dev.skillfast.platform.web;

import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/**
 * WebSocket frames as JSON text: an object with a {@code type} and the members a feature writes, streamed
 * with JSON-P's generator straight to text (no object built first: every chat message takes this path).
 */
public final class JsonFrames {

    /** One factory for all frames: {@code Json.createGenerator()} looks the provider up on every call. */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    private JsonFrames() {
    }

    /** One frame: an object of the given type whose other members {@code members} writes. */
    public static String frame(String type, Consumer<JsonGenerator> members) {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject().write("type", type);
            members.accept(json);
            json.writeEnd();
        }
        return text.toString();
    }
}
