package dev.skillfast.sessions.domain;

/**
 * What a client asked to pay a session with.
 *
 * @param code            the cost centre, for {@link FundedBy.Type#COST_CENTRE}
 * @param approvalId      an approval granted for this session (a session over the centre's per-session limit)
 * @param expectedMinutes how long the client expects the session to last; with a cost centre, an expected
 *                        cost above its per-session limit needs an approver first. Null: the limit caps it.
 */
public record FundingChoice(FundedBy.Type type, String code, String approvalId, Integer expectedMinutes) {

    public static final FundingChoice WALLET = new FundingChoice(FundedBy.Type.WALLET, null, null, null);
}
