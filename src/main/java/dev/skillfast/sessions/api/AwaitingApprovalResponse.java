package dev.skillfast.sessions.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.sessions.domain.Sponsorship;

/** A session on a cost centre that waits for an approver (202). */
@Schema(name = "AwaitingApproval")
public record AwaitingApprovalResponse(Approval approval) {

    /** The approval asked for: where to read it, until when approvers may answer, what the session is expected to cost. */
    public record Approval(String id, String code, @Schema(enumeration = "PENDING") String state, Instant expiresAt,
                           long expectedCost, String currency, String location) {
    }

    static AwaitingApprovalResponse of(Sponsorship.AwaitingApproval a) {
        return new AwaitingApprovalResponse(new Approval(a.approvalId(), a.code(), "PENDING", a.expiresAt(), a.expectedCost(),
                a.currency(), "/api/cost-centres/" + a.code() + "/approvals/" + a.approvalId()));
    }
}
