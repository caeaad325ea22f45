package dev.skillfast.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API uses it: a body with a property the operation does not know is refused (400)
 * rather than silently dropped, so a client's typo never loses data unnoticed; numbers and booleans are
 * read exactly or refused ({@link StrictJson}). Nulls are left out.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    /** JSON-B 3.1's standard name, which Yasson (Liberty's JSON-B 3.0) already honours. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(config());

    public static JsonbConfig config() {
        return new JsonbConfig().withNullValues(false).setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
                .withDeserializers(StrictJson.deserializers());
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
