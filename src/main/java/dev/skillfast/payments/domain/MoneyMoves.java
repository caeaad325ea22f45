package dev.skillfast.payments.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryDraft;
import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalEntry;
import dev.skillfast.billing.domain.Ledger;
import dev.skillfast.billing.domain.Posting;

/**
 * The journal entries of payments, each under a business key so that any repeat (a duplicate event, a
 * retry after a crash, reconciliation) posts it once:
 * <pre>
 *   topup:&lt;id&gt;            TOPUP    external:funding → wallet
 *   refund-hold:&lt;id&gt;      HOLD     wallet → platform:refunds-pending      (refused when the wallet lacks it)
 *   refund:&lt;id&gt;           REFUND   platform:refunds-pending → external:funding
 *   refund-release:&lt;id&gt;   RELEASE  platform:refunds-pending → wallet
 *   payout-hold:&lt;id&gt;      HOLD     earnings → platform:payouts-pending    (refused beyond the earnings)
 *   payout:&lt;id&gt;           PAYOUT   platform:payouts-pending → external:funding
 *   payout-release:&lt;id&gt;   RELEASE  platform:payouts-pending → earnings
 *   payout-reversal:&lt;id&gt;  RELEASE  external:funding → earnings         (a paid payout the provider returned)
 * </pre>
 * Each answers the entry's status: APPLIED, REFUSED, or PENDING when another writer of the same key has not
 * finished (ledger recovery completes it; the caller looks again later).
 */
@ApplicationScoped
public class MoneyMoves {

    @Inject
    Ledger ledger;

    public MoneyMoves() {
    }

    public MoneyMoves(Ledger ledger) {
        this.ledger = ledger;
    }

    public EntryStatus credit(Topup t) {
        return post(EntryType.TOPUP, "topup:" + t.id(), t.currency(), AccountIds.funding(t.currency()),
                AccountIds.wallet(t.userId(), t.currency()), t.amount(), null, t.userId());
    }

    public EntryStatus holdRefund(Refund r) {
        return post(EntryType.HOLD, "refund-hold:" + r.id(), r.currency(), AccountIds.wallet(r.userId(), r.currency()),
                AccountIds.refundsPending(r.currency()), r.amount(), r.reason(), r.createdBy());
    }

    public EntryStatus completeRefund(Refund r) {
        return post(EntryType.REFUND, "refund:" + r.id(), r.currency(), AccountIds.refundsPending(r.currency()),
                AccountIds.funding(r.currency()), r.amount(), r.reason(), r.createdBy());
    }

    public EntryStatus releaseRefund(Refund r) {
        return post(EntryType.RELEASE, "refund-release:" + r.id(), r.currency(), AccountIds.refundsPending(r.currency()),
                AccountIds.wallet(r.userId(), r.currency()), r.amount(), "Refund failed: " + r.failureReason(), r.createdBy());
    }

    public EntryStatus holdPayout(Payout p) {
        return post(EntryType.HOLD, "payout-hold:" + p.id(), p.currency(), AccountIds.earnings(p.expertId(), p.currency()),
                AccountIds.payoutsPending(p.currency()), p.amount(), "Payout requested", p.expertId());
    }

    public EntryStatus pay(Payout p) {
        return post(EntryType.PAYOUT, "payout:" + p.id(), p.currency(), AccountIds.payoutsPending(p.currency()),
                AccountIds.funding(p.currency()), p.amount(), payoutNote(p), p.decidedBy());
    }

    public EntryStatus releasePayout(Payout p) {
        return post(EntryType.RELEASE, "payout-release:" + p.id(), p.currency(), AccountIds.payoutsPending(p.currency()),
                AccountIds.earnings(p.expertId(), p.currency()), p.amount(), p.reason(), p.decidedBy());
    }

    public EntryStatus reversePayout(Payout p) {
        return post(EntryType.RELEASE, "payout-reversal:" + p.id(), p.currency(), AccountIds.funding(p.currency()),
                AccountIds.earnings(p.expertId(), p.currency()), p.amount(), p.reason(), p.decidedBy());
    }

    /** Whether the payout's PAYOUT entry was applied (a later failure is then a reversal). */
    public boolean paid(Payout p) {
        JournalEntry e = ledger.byKey("payout:" + p.id());
        return e != null && e.status() == EntryStatus.APPLIED;
    }

    private static String payoutNote(Payout p) {
        return p.method() + (p.reference() != null ? " " + p.reference() : p.providerRef() != null ? " " + p.providerRef() : "");
    }

    private EntryStatus post(EntryType type, String key, String currency, String from, String to, long amount,
                             String reason, String by) {
        JournalEntry entry = ledger.post(new EntryDraft(type, key, currency,
                List.of(new Posting(from, -amount), new Posting(to, amount)), null, null, reason, by));
        return entry.status();
    }
}
