/**
 * Billing: per-unit charges of live sessions, the double-entry ledger, wallets, earnings and grants.
 *
 * <p><b>Ledger.</b> Collection {@code transactions} is an append-only journal; each entry has a type
 * (GRANT, TOPUP, SESSION_CHARGE, REFUND, PAYOUT, ADJUSTMENT), postings in one currency that sum to zero,
 * a unique idempotency key and a status (PENDING → APPLIED or REFUSED). Collection {@code accounts} keeps
 * each account's balance: {@code wallet:<user>:<CUR>} and {@code earnings:<user>:<CUR>} never go below
 * zero, {@code platform:commission:<CUR>} collects commissions, {@code external:funding:<CUR>} is the
 * outside world (grants come from it).
 *
 * <p><b>No transactions.</b> The embedded store has none, so: insert the entry PENDING under its key; move
 * each account in one atomic update that also records the entry id on the account (recovery sees it and
 * does not move it again); debits of accounts that must not go below zero are a compare-and-set on the
 * account's revision, and a refused one records the refusal, so it is decided once; mark the entry final;
 * clear the marks (in the next write to the account). Only the entry's writer completes it at once; entries still PENDING after
 * two minutes are completed by {@link dev.skillfast.billing.domain.Ledger#recover()} under a claim. Any
 * crash point leaves either nothing or something recovery finishes, never a double move. The check
 * ({@code GET /api/admin/ledger/check}) recomputes every balance from the journal. The sweep posts its
 * common case (one paid unit due per session) in batches with the same steps, each step one unordered
 * write for the whole batch ({@link dev.skillfast.billing.domain.Ledger#postAll}): entries inserted
 * PENDING, wallets compare-and-set, credits as one increment per account recording every entry id it
 * applies, statuses; a debit that lost a race is retried on its own. Same crash points, same recovery.
 *
 * <p><b>Sessions.</b> The tariff is copied into a session when it becomes ACTIVE. Unit {@code i} (0-based)
 * is charged at {@code startedAt + i × unit} under the key {@code sessionId:i}: by the accept (unit 0), by
 * {@link dev.skillfast.billing.domain.BillingSweep} (an EJB interval timer, non-persistent: all state is in
 * the database) and by the end (units started before it). A refused unit ends the session for FUNDS at
 * that unit's start. While a participant is away, only units starting within the disconnect grace are
 * charged; after a restart "away" counts from the last moment both were seen ({@code billing.seenAt}), which
 * is the recovery policy for the time the server was down.
 *
 * <p><b>Reading only what is due.</b> Each ACTIVE session carries {@code billingDue}, when the sweep is to
 * look at it next (its next unit's start, or its next "both seen" refresh if that comes first), written
 * with every record of billing's progress, at acceptance, when a participant comes back and at start-up.
 * The sweep reads {@code billingDue <= now}, one range of a unique sparse index, so its read costs what is
 * due rather than every ACTIVE session; a look that finds nothing to do moves the time on. Recovery finds
 * PENDING entries by {@code pendingKey} (present only while PENDING) and unsettled ends by the sessions'
 * {@code settleDue}, again index ranges instead of scans of the whole journal or of every session ever
 * held. The keys are {@link dev.skillfast.platform.mongo.DueKeys} strings, so a real MongoDB and the
 * embedded store answer them alike.
 *
 * <p>Sessions do not depend on billing: they ask through {@link dev.skillfast.sessions.domain.SessionFunding},
 * and billing follows them through {@code SessionEvent}; the realtime gateway turns {@code BillingTick} and
 * {@code BalanceLow} into {@code billing.tick} and {@code balance.low} frames.
 */
package dev.skillfast.billing;
