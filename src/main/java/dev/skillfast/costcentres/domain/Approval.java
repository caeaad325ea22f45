package dev.skillfast.costcentres.domain;

import java.time.Instant;

import dev.skillfast.experts.domain.Channel;

/**
 * A client's request to charge a session above its cost centre's per-session limit, and its answer.
 *
 * @param expectedCost what the session is expected to cost (minor units): the most it may cost once approved
 * @param expiresAt    while PENDING, until when approvers may answer; once APPROVED, until when the client
 *                     may start the session
 * @param sessionId    the session it was used for (USED only)
 */
public record Approval(String id, String code, String clientId, String clientName, String expertId, String expertName,
                       Channel channel, int expectedMinutes, long expectedCost, String currency, ApprovalState state,
                       Instant requestedAt, Instant expiresAt, Instant decidedAt, String decidedBy, String decidedByName,
                       String note, String sessionId) {
}
