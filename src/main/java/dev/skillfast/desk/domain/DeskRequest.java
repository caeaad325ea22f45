package dev.skillfast.desk.domain;

import java.time.Duration;
import java.time.Instant;

import dev.skillfast.experts.domain.Channel;

/**
 * A client's request to the desk.
 *
 * @param pickedBy  the expert who picked it (PICKED only)
 * @param sessionId the session the pick became (PICKED only, once the session exists)
 * @param endedAt   when it stopped waiting: picked, cancelled or expired
 * @param costCentre the cost centre that pays the session once picked; null: the client's wallet
 */
public record DeskRequest(String id, String clientId, String clientName, String category, Channel channel,
                          String description, DeskState state, Instant createdAt, Instant expiresAt,
                          String pickedBy, String sessionId, Instant endedAt, String costCentre) {

    public boolean waiting() {
        return state == DeskState.WAITING;
    }

    /** How long it waited before it was picked (PICKED only). */
    public Duration waited() {
        return Duration.between(createdAt, endedAt);
    }

    /** Queue order: who joined first, then by id so that two joins in the same instant keep one order. */
    public boolean before(DeskRequest other) {
        int byTime = createdAt.compareTo(other.createdAt);
        return byTime < 0 || (byTime == 0 && id.compareTo(other.id) < 0);
    }
}
