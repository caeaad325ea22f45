package dev.skillfast.costcentres.api;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.costcentres.domain.Approval;

/** A session above a cost centre's per-session limit and its approver's answer (same shape as the live frames). */
@JsonbNillable
@Schema(name = "Approval")
public record ApprovalResponse(String id, String code, String centreName, String clientId, String clientName,
                               String expertId, String expertName,
                               @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel, int expectedMinutes,
                               long expectedCost, String currency,
                               @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED", "EXPIRED", "USED"}) String state,
                               Instant requestedAt,
                               @Schema(description = "PENDING: until when approvers may answer; APPROVED: until when "
                                       + "the client may start the session") Instant expiresAt,
                               Instant decidedAt, String decidedBy, String decidedByName, String note, String sessionId) {

    static ApprovalResponse of(Approval a, String centreName) {
        return new ApprovalResponse(a.id(), a.code(), centreName, a.clientId(), a.clientName(), a.expertId(),
                a.expertName(), a.channel().name(), a.expectedMinutes(), a.expectedCost(), a.currency(), a.state().name(),
                a.requestedAt(), a.expiresAt(), a.decidedAt(), a.decidedBy(), a.decidedByName(), a.note(), a.sessionId());
    }
}
