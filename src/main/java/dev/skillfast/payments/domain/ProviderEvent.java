package dev.skillfast.payments.domain;

import java.time.Instant;

/**
 * Something a provider reported, by webhook, in an answer (a capture) or to a lookup. {@code eventId} is
 * unique per provider (Stripe's {@code evt_…}, PayPal's {@code WH-…}, or a key the adapter derives for
 * answers and lookups, e.g. {@code lookup:<topupId>:PAID}): each is recorded once, and a repeat is
 * acknowledged without doing anything again. Whatever it carries is applied idempotently (the credit is the
 * one journal entry {@code topup:<id>}), so the same fact reported by two events lands once.
 *
 * @param type    the provider's own event type, for the record ({@code checkout.session.completed})
 * @param subject what it means for SkillFast
 */
public record ProviderEvent(Provider provider, String eventId, String type, Instant occurredAt, EventSubject subject) {
}
