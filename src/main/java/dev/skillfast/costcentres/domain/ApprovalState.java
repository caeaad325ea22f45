package dev.skillfast.costcentres.domain;

/**
 * Where a request for a session above a cost centre's per-session limit stands. PENDING → APPROVED or
 * REJECTED by an approver, or EXPIRED when nobody answered in time; APPROVED → USED when the client's
 * session starts on it, or EXPIRED when the client did not start it in time.
 */
public enum ApprovalState {
    PENDING, APPROVED, REJECTED, EXPIRED, USED
}
