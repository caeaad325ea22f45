/**
 * Billing: per-unit charges of live sessions, the double-entry ledger, wallets, earnings and grants.
 *
 * <p><b>What it owns.</b> Collections {@code transactions} (the journal), {@code accounts} (balances) and
 * {@code ledger_claims}; and, on the {@code sessions} documents, billing's own fields: {@code billing:
 * {units, seenAt, lowWarnedUnit}}, {@code settlement} and the due key {@code billingDue}
 * ({@code store.SessionBillingStore}). The lifecycle's fields on the same documents are the sessions
 * feature's; billing reads sessions only through {@code SessionService}, never through their store.
 *
 * <p><b>Ledger</b> ({@code domain.Ledger}, one small entry point over its parts). The journal is
 * append-only; each entry has a type (GRANT, TOPUP, SESSION_CHARGE, REFUND, PAYOUT, ADJUSTMENT), postings
 * in one currency that sum to zero, a unique idempotency key and a status (PENDING → APPLIED or REFUSED).
 * {@code wallet:<user>:<CUR>} and {@code earnings:<user>:<CUR>} never go below zero,
 * {@code platform:commission:<CUR>} collects commissions, {@code external:funding:<CUR>} is the outside
 * world (grants come from it). Without transactions: {@code EntryPosting} inserts the entry PENDING under
 * its key, moves each account in one atomic update that also records the entry id on the account (so a
 * repeat sees it and does not move it again) — the floor-guarded debit first, a compare-and-set on the
 * account's revision whose refusal is recorded too, so it is decided once — then marks the entry final;
 * {@code ClearableMarks} queues the marks of final entries to be removed by the next write to each account.
 * {@code BatchPosting} does the same steps for many entries, each step one unordered write for the batch.
 * {@code LedgerRecovery} completes entries still PENDING after two minutes under a claim (their writer is
 * gone) and clears leftover marks; {@code BookCheck} recomputes every balance from the journal
 * ({@code GET /api/admin/ledger/check}). Any crash point leaves either nothing or something recovery
 * finishes, never a double move. The domain works with its own records ({@code LedgerAccount},
 * {@code AccountMoves}); the stores map them.
 *
 * <p><b>Sessions.</b> The tariff is copied into a session by the lifecycle when it becomes ACTIVE. Unit
 * {@code i} (0-based) is charged at {@code startedAt + i × unit} under the key {@code sessionId:i}
 * ({@code UnitCharges}): after the accept (unit 0), by the sweep, and by the end (units started before it,
 * then the settlement: {@code Settlements}). A refused unit ends the session for FUNDS at that unit's
 * start. While a participant is away, only units starting within the disconnect grace are charged; after a
 * restart "away" counts from the last moment both were seen ({@code billing.seenAt}), the recovery policy
 * for the time the server was down. The lifecycle calls billing explicitly, after the participants were
 * told ({@code SessionMetering}, implemented by {@code Metering}): before an accept (the session becomes
 * due), after it (charge unit 0), after an end (settle), when someone comes back, and at start-up.
 *
 * <p><b>The due key.</b> {@code billingDue} exists while billing has work on a session: written just before
 * its accept (so a crash between the accept and its follow-up still gets the session billed), moved on by
 * every record of billing's progress (the next unit's start, or the next "both seen" refresh if that comes
 * first), pulled to now when a participant comes back and at start-up, and removed by the settlement. The
 * sweep ({@code SessionBilling}, run by {@code BillingSweep}, an EJB timer) reads {@code billingDue < now},
 * one range of a unique sparse index, joins the lifecycle's view of those sessions, decides what to do with
 * each as a pure function ({@code SweepPlan}: charge one unit in batches, charge a backlog unit by unit,
 * refresh "both seen", look later, settle an end whose settlement was missed, drop) and carries it out
 * ({@code SweepRunner}, in lanes). An end is settled by its follow-up call or, failing that, by the next
 * sweep; a start-up task keys ends that carry no key (a crash, or an earlier build). The keys are
 * {@link dev.skillfast.platform.mongo.DueKeys} strings, which a real MongoDB and the embedded store answer
 * alike.
 *
 * <p>Sessions do not depend on billing: they ask through {@link dev.skillfast.sessions.domain.SessionFunding}
 * and {@link dev.skillfast.sessions.domain.SessionMetering}, which billing implements. The realtime gateway
 * turns {@code BillingTick} and {@code BalanceLow} into {@code billing.tick} and {@code balance.low} frames.
 */
package dev.skillfast.billing;
