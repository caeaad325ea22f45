package dev.skillfast.payments.domain;

import java.time.Instant;

/**
 * A provider event as recorded: {@code subject} is a short description of what it meant (for the
 * administrator's view), {@code outcome} what SkillFast did with it once {@code applied}.
 */
public record RecordedEvent(Provider provider, String eventId, String type, String topupId, String subject,
                            boolean applied, String outcome, Instant receivedAt) {

    /** The unique key: one record per provider event. */
    public String key() {
        return provider.name() + ':' + eventId;
    }
}
