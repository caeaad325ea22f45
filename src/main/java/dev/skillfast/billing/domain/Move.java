package dev.skillfast.billing.domain;

/** What moving one account for one entry did. */
public enum Move {
    /** Moved now. */
    APPLIED,
    /** Moved before (the account holds the entry's mark): nothing done. */
    ALREADY_APPLIED,
    /** A floor-guarded debit the balance could not cover; the refusal is recorded on the account. */
    REFUSED
}
