package dev.skillfast.billing.domain;

/**
 * An entry as a batch post left it, with the guarded account's balance right after its debit when the
 * batch made it (credits racing the debit, such as a grant, are not counted), else null.
 */
public record PostedEntry(JournalEntry entry, Long guardedBalance) {
}
