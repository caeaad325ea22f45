package dev.skillfast.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.payments.domain.EventSubject.TopupExpired;
import dev.skillfast.payments.domain.EventSubject.TopupRefunded;
import dev.skillfast.platform.errors.ConflictException;

/**
 * Whatever a provider does — repeats, reorders, disagrees — a top-up is credited once, refunds and payouts
 * move the money once, and the book check finds no difference.
 */
class PaymentOutcomesTest {

    @TempDir
    Path dataDir;

    private PaymentsFixture p;

    @BeforeEach
    void open() {
        p = new PaymentsFixture(dataDir);
    }

    @AfterEach
    void close() {
        p.close();
    }

    @Test
    void aPaymentReportedByThreeEventsIsCreditedOnce() {
        Topup t = p.pending("c1", 2_000);
        assertThat(t.redirectUrl()).isEqualTo("https://checkout.example/" + t.id());
        assertThat(p.paid("evt_1", t, 2_000, "EUR").outcome()).isEqualTo("credited");
        assertThat(p.paid("evt_1", t, 2_000, "EUR").duplicate()).isTrue();
        assertThat(p.paid("evt_2", t, 2_000, "EUR").outcome()).isEqualTo("already-credited");
        assertThat(p.wallet("c1")).isEqualTo(2_000);
        assertThat(p.topup(t.id()).status()).isEqualTo(TopupStatus.SUCCEEDED);
        assertThat(p.topup(t.id()).refundable()).isEqualTo(2_000);
        assertThat(p.ledger.byKey("topup:" + t.id()).type()).isEqualTo(EntryType.TOPUP);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void aPaymentAfterTheExpiryIsStillCreditedAndALateExpiryUndoesNothing() {
        Topup late = p.pending("c1", 1_000);
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_exp", "checkout.session.expired", p.clock.instant(),
                new TopupExpired(late.id())));
        assertThat(p.topup(late.id()).status()).isEqualTo(TopupStatus.EXPIRED);
        p.paid("evt_paid", late, 1_000, "EUR");
        assertThat(p.topup(late.id()).status()).isEqualTo(TopupStatus.SUCCEEDED);

        Topup early = p.pending("c2", 1_000);
        p.paid("evt_paid2", early, 1_000, "EUR");
        assertThat(p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_exp2", "checkout.session.expired",
                p.clock.instant(), new TopupExpired(early.id()))).outcome()).isEqualTo("ignored-not-pending");
        assertThat(p.topup(early.id()).status()).isEqualTo(TopupStatus.SUCCEEDED);
        assertThat(p.wallet("c1") + p.wallet("c2")).isEqualTo(2_000);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void anAmountOrCurrencyThatDiffersIsNotCreditedButFlagged() {
        Topup t = p.pending("c1", 2_000);
        assertThat(p.paid("evt_1", t, 200, "EUR").outcome()).isEqualTo("mismatch-flagged");
        assertThat(p.paid("evt_2", t, 2_000, "USD").outcome()).isEqualTo("mismatch-flagged");
        assertThat(p.wallet("c1")).isZero();
        Topup flagged = p.topup(t.id());
        assertThat(flagged.status()).isEqualTo(TopupStatus.PENDING);
        assertThat(flagged.flag()).contains("2.00 EUR").contains("20.00 EUR");
        Topup resolved = p.topups.resolve("admin", t.id(), "Client paid the wrong amount; refunded at Stripe");
        assertThat(resolved.status()).isEqualTo(TopupStatus.FAILED);
        assertThat(resolved.flag()).isNull();
    }

    @Test
    void aRefundSeenBeforeItsPaymentCreditsThenRefundsOnce() {
        Topup t = p.pending("c1", 3_000);
        TopupRefunded refunded = new TopupRefunded(t.id(), "pi_" + t.id(), null, "re_dash", 1_000, "EUR");
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_ref", "charge.refunded", p.clock.instant(), refunded));
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_ref_again", "refund.updated", p.clock.instant(), refunded));
        p.paid("evt_paid", t, 3_000, "EUR");
        assertThat(p.wallet("c1")).isEqualTo(2_000);
        Topup after = p.topup(t.id());
        assertThat(after.status()).isEqualTo(TopupStatus.PARTIALLY_REFUNDED);
        assertThat(after.refunded()).isEqualTo(1_000);
        assertThat(after.refundable()).isEqualTo(2_000);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void aDashboardRefundOfMoneyAlreadySpentIsFlaggedAndMovesNothing() {
        Topup t = p.pending("c1", 1_000);
        p.paid("evt_paid", t, 1_000, "EUR");
        p.refunds.request("admin", t.id(), 600, "partly", null); // the provider keeps it PENDING
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_dash", "charge.refunded", p.clock.instant(),
                new TopupRefunded(t.id(), "pi_" + t.id(), null, "re_dash", 1_000, "EUR")));
        assertThat(p.topup(t.id()).flag()).contains("no longer holds it");
        assertThat(p.wallet("c1")).isEqualTo(400);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void anAdministratorsRefundIsHeldThenPostedWhenTheProviderConfirms() {
        Topup t = p.pending("c1", 1_000);
        p.paid("evt_paid", t, 1_000, "EUR");
        Refund r = p.refunds.request("admin", t.id(), 700, "unhappy", "key-1");
        assertThat(r.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(p.refunds.request("admin", t.id(), 700, "unhappy", "key-1").id()).isEqualTo(r.id());
        assertThat(p.gateway.refundsAsked).containsExactly(r.id()); // the retry found it PENDING: not asked again
        assertThat(p.wallet("c1")).isEqualTo(300); // held at once
        assertThatThrownBy(() -> p.refunds.request("admin", t.id(), 301, "more", null)).isInstanceOf(ConflictException.class);

        TopupRefunded confirmed = new TopupRefunded(t.id(), "pi_" + t.id(), r.id(), "re_1", 700, "EUR");
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_r1", "refund.updated", p.clock.instant(), confirmed));
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_r2", "charge.refunded", p.clock.instant(), confirmed));
        assertThat(p.refundStore.find(r.id()).orElseThrow().status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(p.topup(t.id()).refunded()).isEqualTo(700);
        assertThat(p.topup(t.id()).status()).isEqualTo(TopupStatus.PARTIALLY_REFUNDED);
        assertThat(p.ledger.byKey("refund:" + r.id()).type()).isEqualTo(EntryType.REFUND);
        assertThat(p.wallet("c1")).isEqualTo(300);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void aRetriedRefundWhoseHoldWasRefusedIsRefusedAgain() {
        Topup t = p.pending("c1", 1_000);
        p.paid("evt_paid", t, 1_000, "EUR");
        // the wallet was spent between the first request's check and its hold (a race): the hold refused it
        String id = java.util.UUID.nameUUIDFromBytes("admin:key-9".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        Refund raced = p.refundSteps.start(new Refund(id, t.id(), "c1", 1_000, "EUR", "all", RefundStatus.HELD, null, null,
                "admin", p.clock.instant(), p.clock.instant()));
        p.ledger.post(new dev.skillfast.billing.domain.EntryDraft(EntryType.ADJUSTMENT, "spend", "EUR", java.util.List.of(
                new dev.skillfast.billing.domain.Posting(dev.skillfast.billing.domain.AccountIds.wallet("c1", "EUR"), -500),
                new dev.skillfast.billing.domain.Posting(dev.skillfast.billing.domain.AccountIds.funding("EUR"), 500)),
                null, null, "spent", "test"));
        assertThat(p.refundSteps.hold(raced)).isEqualTo(RefundSteps.Hold.BEYOND_WALLET);
        assertThatThrownBy(() -> p.refunds.request("admin", t.id(), 1_000, "all", "key-9"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer holds");
        assertThat(p.topup(t.id()).refundable()).isEqualTo(1_000);
        assertThat(p.wallet("c1")).isEqualTo(500);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void aFailedRefundGivesTheHeldMoneyBack() {
        Topup t = p.pending("c1", 1_000);
        p.paid("evt_paid", t, 1_000, "EUR");
        p.gateway.refundAnswer = new PaymentGateway.RefundStarted("re_9", RefundStatus.FAILED, "charge disputed");
        Refund r = p.refunds.request("admin", t.id(), 1_000, "all", null);
        assertThat(r.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(r.failureReason()).isEqualTo("charge disputed");
        assertThat(p.wallet("c1")).isEqualTo(1_000);
        assertThat(p.topup(t.id()).refundable()).isEqualTo(1_000);
        assertThat(p.topup(t.id()).status()).isEqualTo(TopupStatus.SUCCEEDED);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void reconciliationSettlesALostWebhookAndRetriesAnUnreachableProvider() {
        Topup t = p.pending("c1", 1_500);
        p.gateway.unavailable = true;
        p.clock.advance(Duration.ofMinutes(6));
        assertThat(p.reconciliation.run().topups()).isEqualTo(1);
        assertThat(p.topup(t.id()).status()).isEqualTo(TopupStatus.PENDING);
        p.gateway.unavailable = false;
        p.gateway.lookupAnswer.add(new ProviderEvent(Provider.STRIPE, "lookup:cs:PAID", "lookup", p.clock.instant(),
                new EventSubject.TopupPaid(t.id(), 1_500, "EUR", "pi_x")));
        assertThat(p.reconciliation.run().topups()).isZero(); // looked at again only after reconcile-after
        p.clock.advance(Duration.ofMinutes(6));
        p.reconciliation.run();
        assertThat(p.topup(t.id()).status()).isEqualTo(TopupStatus.SUCCEEDED);
        assertThat(p.wallet("c1")).isEqualTo(1_500);
        p.clock.advance(Duration.ofMinutes(6));
        assertThat(p.reconciliation.run().topups()).isZero();
    }

    @Test
    void aRefundHeldWhileTheProviderWasDownIsAskedByReconciliation() {
        Topup t = p.pending("c1", 1_000);
        p.paid("evt_paid", t, 1_000, "EUR");
        p.gateway.unavailable = true;
        Refund r = p.refunds.request("admin", t.id(), 500, "half", null);
        assertThat(r.status()).isEqualTo(RefundStatus.HELD);
        assertThat(p.wallet("c1")).isEqualTo(500);
        p.gateway.unavailable = false;
        p.gateway.refundAnswer = new PaymentGateway.RefundStarted("re_2", RefundStatus.SUCCEEDED, null);
        p.clock.advance(Duration.ofMinutes(6));
        p.reconciliation.run();
        assertThat(p.refundStore.find(r.id()).orElseThrow().status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(p.topup(t.id()).refunded()).isEqualTo(500);
        assertThat(p.differences()).isEqualTo("[]");
    }

    @Test
    void aPayoutIsHeldPaidOrRejectedAndAReturnedOneIsCreditedBack() {
        p.earn("e1", 1_000);
        assertThatThrownBy(() -> p.payouts.request("e1", 1_001, "EUR", PayoutMethod.MANUAL)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> p.payouts.request("e1", 99, "EUR", PayoutMethod.MANUAL)).isInstanceOf(ConflictException.class);
        Payout paid = p.payouts.request("e1", 600, "EUR", PayoutMethod.MANUAL);
        Payout rejected = p.payouts.request("e1", 400, "EUR", null);
        assertThat(p.wallets.earnings("e1", "EUR").balance()).isZero();
        assertThat(p.payouts.approve("admin", paid.id(), "payroll-12").status()).isEqualTo(PayoutStatus.PAID);
        assertThat(p.payouts.reject("admin", rejected.id(), "no").status()).isEqualTo(PayoutStatus.REJECTED);
        assertThatThrownBy(() -> p.payouts.approve("admin", rejected.id(), "x")).isInstanceOf(ConflictException.class);
        assertThat(p.wallets.earnings("e1", "EUR").balance()).isEqualTo(400);
        assertThat(p.ledger.byKey("payout:" + paid.id()).type()).isEqualTo(EntryType.PAYOUT);

        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_rev", "transfer.reversed", p.clock.instant(),
                new EventSubject.PayoutFailed(paid.id(), "returned by the bank")));
        p.events.accept(new ProviderEvent(Provider.STRIPE, "evt_rev2", "transfer.reversed", p.clock.instant(),
                new EventSubject.PayoutFailed(paid.id(), "returned by the bank")));
        assertThat(p.payoutStore.find(paid.id()).orElseThrow().status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(p.wallets.earnings("e1", "EUR").balance()).isEqualTo(1_000);
        assertThat(p.differences()).isEqualTo("[]");
    }
}
