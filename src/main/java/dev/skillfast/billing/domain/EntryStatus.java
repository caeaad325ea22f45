package dev.skillfast.billing.domain;

/**
 * PENDING: written, balance moves possibly half done (recovery finishes it); APPLIED: every posting is
 * on its account; REFUSED: the debited wallet could not cover it, nothing moved.
 */
public enum EntryStatus {
    PENDING, APPLIED, REFUSED
}
