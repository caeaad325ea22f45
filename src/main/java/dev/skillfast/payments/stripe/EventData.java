package dev.skillfast.payments.stripe;

import java.util.function.Function;

import jakarta.json.JsonObject;

import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.StripeObject;

/**
 * An event's data object: stripe-java's typed object when the event was rendered in the library's API
 * version, and always the raw JSON. Stripe renders an event in the webhook endpoint's API version; for any
 * other, {@code getObject()} is empty, and rather than {@code deserializeUnsafe()} (which silently drops
 * fields the library's models name differently, or throws) the few fields SkillFast needs are read from
 * the raw JSON, which is exactly what Stripe sent.
 */
record EventData(StripeObject typed, JsonObject raw) {

    /** The event's data object; null when the event has none. */
    static EventData of(Event event) {
        EventDataObjectDeserializer deserializer;
        JsonObject raw;
        try {
            deserializer = event.getDataObjectDeserializer();
            raw = JsonFields.parse(deserializer.getRawJson());
        } catch (RuntimeException noDataObject) {
            return null;
        }
        StripeObject typed;
        try {
            typed = deserializer.getObject().orElse(null);
        } catch (RuntimeException unreadable) {
            typed = null;
        }
        return new EventData(typed, raw);
    }

    /** The facts read from the typed object when it is of the expected class, else from the raw JSON. */
    <T, R> R read(Class<T> type, Function<T, R> fromTyped, Function<JsonObject, R> fromRaw) {
        return type.isInstance(typed) ? fromTyped.apply(type.cast(typed)) : fromRaw.apply(raw);
    }
}
