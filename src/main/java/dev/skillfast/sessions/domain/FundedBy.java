package dev.skillfast.sessions.domain;

/**
 * Who pays a session: the client's own wallet, or a cost centre the client belongs to (issue 21).
 *
 * @param code  the cost centre's code; null for the wallet
 * @param limit the most the session may cost (minor units of its tariff's currency): the centre's
 *              per-session limit, or what an approver approved; null for no limit. Reaching it ends the
 *              session as an empty wallet would (FUNDS).
 */
public record FundedBy(Type type, String code, Long limit) {

    /** The kinds of payer. */
    public enum Type {
        WALLET, COST_CENTRE
    }

    public static final FundedBy WALLET = new FundedBy(Type.WALLET, null, null);

    public static FundedBy costCentre(String code, Long limit) {
        return new FundedBy(Type.COST_CENTRE, code, limit);
    }

    public boolean isCostCentre() {
        return type == Type.COST_CENTRE;
    }

    /** Whether a session that has cost {@code cost} so far may go on to cost {@code next}. */
    public boolean allows(long next) {
        return limit == null || next <= limit;
    }
}
