package dev.skillfast.billing.domain;

/** The kinds of journal entry. */
public enum EntryType {
    /** An administrator credits a wallet (the intranet way to fund accounts). */
    GRANT,
    /** A client paid money in (card payments, when configured). */
    TOPUP,
    /** One billing unit of a session: client pays, expert earns, platform keeps the commission. */
    SESSION_CHARGE,
    /** Money back to a client. */
    REFUND,
    /** An expert's earnings paid out. */
    PAYOUT,
    /** A correction by an administrator. */
    ADJUSTMENT,
    /** Money set aside from a wallet or earnings while a refund or payout is under way at a provider. */
    HOLD,
    /** A hold given back: the refund or payout was refused or failed. */
    RELEASE,
    /**
     * A cost centre's budget: set to the monthly amount on the first of the month (one entry per centre and
     * month), or moved by an administrator's change of the amount.
     */
    BUDGET
}
