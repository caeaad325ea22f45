package dev.skillfast.payments.stripe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionRetrieveParams;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.PaymentGateway;
import dev.skillfast.payments.domain.PaymentSettings;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.RefundStatus;
import dev.skillfast.payments.domain.Topup;

/**
 * Top-ups through Stripe Checkout (hosted page in payment mode: no card data reaches SkillFast) and their
 * refunds. Every creating call carries our idempotency key ({@code checkout:<topupId>},
 * {@code refund:<refundId>}), so a retry after a timeout or a crash never opens a second page or refunds twice.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

    static final String PRODUCT_NAME = "SkillFast credit";
    /** Stripe accepts expires_at 30 minutes to 24 hours after the session's creation. */
    static final Duration MIN_EXPIRY = Duration.ofMinutes(31);
    static final Duration MAX_EXPIRY = Duration.ofHours(24);
    /** A completed session whose (asynchronous) payment ended with its intent in these states failed. */
    private static final Set<String> FAILED_INTENTS = Set.of("requires_payment_method", "canceled");

    @Inject
    StripeApi api;

    @Inject
    PaymentSettings payments;

    @Inject
    Clock clock;

    public StripeGateway() {
    }

    StripeGateway(StripeApi api, PaymentSettings payments, Clock clock) {
        this.api = api;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.STRIPE;
    }

    @Override
    public boolean configured() {
        return api.configured();
    }

    @Override
    public Checkout open(Topup topup, ReturnLinks links) {
        String topupId = topup.id();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(LineItem.builder().setQuantity(1L).setPriceData(PriceData.builder()
                        .setCurrency(topup.currency().toLowerCase(Locale.ROOT)).setUnitAmount(topup.amount())
                        .setProductData(PriceData.ProductData.builder().setName(PRODUCT_NAME).build()).build()).build())
                .setClientReferenceId(topupId)
                .putMetadata("topup_id", topupId)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata("topup_id", topupId).build())
                .setSuccessUrl(links.successUrl())
                .setCancelUrl(links.cancelUrl())
                .setExpiresAt(expiresAt(topup))
                // the client pays in the top-up's currency: a converted amount would not match it
                .setAdaptivePricing(SessionCreateParams.AdaptivePricing.builder().setEnabled(false).build())
                .build();
        try {
            Session session = api.client().v1().checkout().sessions().create(params,
                    StripeApi.idempotent("checkout:" + topupId));
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw StripeFailures.unavailable("open a Checkout page", e);
        }
    }

    /**
     * When the Checkout page closes: the configured expiry after the top-up was created (not after "now", so
     * a retried call sends the same parameters under the same idempotency key), kept within Stripe's range.
     */
    long expiresAt(Topup topup) {
        Instant start = topup.createdAt() != null ? topup.createdAt() : clock.instant();
        Duration wanted = payments.checkoutExpiry();
        Duration expiry = wanted.compareTo(MIN_EXPIRY) < 0 ? MIN_EXPIRY : wanted.compareTo(MAX_EXPIRY) > 0 ? MAX_EXPIRY
                : wanted;
        return start.plus(expiry).getEpochSecond();
    }

    @Override
    public List<ProviderEvent> lookup(Topup topup) {
        if (topup.providerRef() == null) {
            return List.of();
        }
        return events(topup, retrieve(topup.providerRef()));
    }

    @Override
    public List<ProviderEvent> cancel(Topup topup) {
        if (topup.providerRef() == null) {
            return List.of();
        }
        Session session = retrieve(topup.providerRef());
        if (CheckoutFacts.of(session).open()) {
            try {
                session = api.client().v1().checkout().sessions().expire(session.getId(),
                        StripeApi.idempotent("expire:" + session.getId()));
            } catch (StripeException e) {
                if (!StripeFailures.refused(e)) {
                    throw StripeFailures.unavailable("close the Checkout page", e);
                }
                session = retrieve(topup.providerRef()); // no longer open: paid or expired meanwhile
            }
        }
        return events(topup, session);
    }

    private Session retrieve(String sessionId) {
        try {
            return api.client().v1().checkout().sessions().retrieve(sessionId,
                    SessionRetrieveParams.builder().addExpand("payment_intent").build());
        } catch (StripeException e) {
            throw StripeFailures.unavailable("look up Checkout session " + sessionId, e);
        }
    }

    /** What a session's state says about the top-up: paid, expired, failed, or nothing while open or processing. */
    private List<ProviderEvent> events(Topup topup, Session session) {
        CheckoutFacts facts = CheckoutFacts.of(session);
        if (facts.topupId() == null) {
            facts = new CheckoutFacts(facts.sessionId(), topup.id(), facts.status(), facts.paymentStatus(),
                    facts.amountTotal(), facts.currency(), facts.paymentIntent());
        }
        PaymentIntent intent = session.getPaymentIntentObject();
        if (facts.paid()) {
            return List.of(lookupEvent(facts.sessionId(), "PAID", facts.topupPaid()));
        }
        if (facts.expired()) {
            return List.of(lookupEvent(facts.sessionId(), "EXPIRED", facts.topupExpired()));
        }
        if (!facts.open() && intent != null && FAILED_INTENTS.contains(intent.getStatus())) {
            return List.of(lookupEvent(facts.sessionId(), "FAILED", facts.topupFailed("The payment failed at Stripe.")));
        }
        return List.of();
    }

    private ProviderEvent lookupEvent(String objectId, String state, EventSubject subject) {
        return new ProviderEvent(Provider.STRIPE, "lookup:" + objectId + ":" + state, "lookup." + state.toLowerCase(Locale.ROOT),
                clock.instant(), subject);
    }

    @Override
    public RefundStarted refund(Topup topup, Refund refund) {
        if (topup.paymentRef() == null) {
            return new RefundStarted(null, RefundStatus.FAILED, "The top-up has no Stripe payment to refund.");
        }
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(topup.paymentRef())
                .setAmount(refund.amount()).putMetadata("refund_id", refund.id()).putMetadata("topup_id", topup.id())
                .build();
        try {
            RefundFacts facts = RefundFacts.of(api.client().v1().refunds().create(params,
                    StripeApi.idempotent("refund:" + refund.id())));
            RefundStatus status = facts.refundStatus();
            return new RefundStarted(facts.refundRef(), status, status == RefundStatus.FAILED ? facts.failureText() : null);
        } catch (StripeException e) {
            if (StripeFailures.refused(e)) {
                return new RefundStarted(null, RefundStatus.FAILED, StripeFailures.message(e));
            }
            throw StripeFailures.unavailable("refund", e);
        }
    }

    @Override
    public List<ProviderEvent> lookupRefund(Topup topup, Refund refund) {
        if (refund.providerRef() == null) {
            return List.of();
        }
        RefundFacts facts;
        try {
            facts = RefundFacts.of(api.client().v1().refunds().retrieve(refund.providerRef()));
        } catch (StripeException e) {
            throw StripeFailures.unavailable("look up refund " + refund.providerRef(), e);
        }
        facts = facts.namedBy(refund.id(), topup.id());
        EventSubject subject = facts.subject();
        return subject == null ? List.of() : List.of(lookupEvent(facts.refundRef(), facts.refundStatus().name(), subject));
    }
}
