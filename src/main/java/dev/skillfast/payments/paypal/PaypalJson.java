package dev.skillfast.payments.paypal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * JSON-B as PayPal's answers need it: unknown properties ignored (PayPal adds fields freely; the API's own
 * setting refuses them), nulls left out of requests. Registered on every PayPal REST client, and used to
 * read webhook bodies.
 */
public final class PaypalJson implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false)
            .setProperty("jsonb.fail-on-unknown-properties", false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
