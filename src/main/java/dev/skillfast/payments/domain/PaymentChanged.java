package dev.skillfast.payments.domain;

/**
 * Fired (CDI event) when a top-up or a payout reached a state its owner hears about: a top-up SUCCEEDED,
 * FAILED or EXPIRED; a payout PAID, REJECTED or FAILED. May repeat (providers repeat their events):
 * observers must act once per id and status.
 *
 * @param kind   "topup" or "payout"
 * @param userId the client who topped up, or the expert paid out
 */
public record PaymentChanged(String kind, String id, String userId, String status, long amount, String currency,
                             String reason) {

    static PaymentChanged of(Topup t, TopupStatus status, String reason) {
        return new PaymentChanged("topup", t.id(), t.userId(), status.name(), t.amount(), t.currency(), reason);
    }

    static PaymentChanged of(Payout p) {
        return new PaymentChanged("payout", p.id(), p.expertId(), p.status().name(), p.amount(), p.currency(), p.reason());
    }
}
