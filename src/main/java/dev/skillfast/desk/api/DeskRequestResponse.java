package dev.skillfast.desk.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.desk.domain.DeskQueue;
import dev.skillfast.desk.domain.DeskRequest;

/**
 * A desk request.
 *
 * @param position             its place in the queue, 1 first (WAITING only)
 * @param estimatedWaitSeconds from the category's recent picks; absent when there were none (WAITING only)
 * @param sessionId            the session a pick became (PICKED only)
 */
@Schema(name = "DeskRequest")
public record DeskRequestResponse(String id, String category, String channel, String description,
                                  @Schema(enumeration = {"WAITING", "PICKED", "CANCELLED", "EXPIRED"}) String state,
                                  Integer position, Long estimatedWaitSeconds, Instant createdAt, Instant expiresAt,
                                  String sessionId, String clientName,
                                  @Schema(description = "The cost centre that pays; null: the client's wallet") String costCentre) {

    static DeskRequestResponse of(DeskQueue.Status status) {
        DeskRequest r = status.request();
        return new DeskRequestResponse(r.id(), r.category(), r.channel().name(), r.description(), r.state().name(),
                status.position(), status.estimatedWait() == null ? null : status.estimatedWait().toSeconds(),
                r.createdAt(), r.expiresAt(), r.sessionId(), r.clientName(), r.costCentre());
    }

    static DeskRequestResponse inQueue(DeskRequest r, int position) {
        return new DeskRequestResponse(r.id(), r.category(), r.channel().name(), r.description(), r.state().name(),
                position, null, r.createdAt(), r.expiresAt(), null, r.clientName(), r.costCentre());
    }
}
