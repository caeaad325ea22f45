package dev.skillfast.payments.paypal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.PaymentGateway;
import dev.skillfast.payments.domain.PaymentSettings;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.RefundStatus;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.paypal.OrderShapes.Capture;
import dev.skillfast.payments.paypal.OrderShapes.ExperienceContext;
import dev.skillfast.payments.paypal.OrderShapes.Money;
import dev.skillfast.payments.paypal.OrderShapes.Order;
import dev.skillfast.payments.paypal.OrderShapes.OrderRequest;
import dev.skillfast.payments.paypal.OrderShapes.PaymentSource;
import dev.skillfast.payments.paypal.OrderShapes.PaypalSource;
import dev.skillfast.payments.paypal.OrderShapes.PurchaseUnitRequest;
import dev.skillfast.payments.paypal.OrderShapes.RefundAnswer;
import dev.skillfast.payments.paypal.OrderShapes.RefundRequest;

/**
 * Top-ups through PayPal Orders v2 (see the package notes): an order per top-up ({@code custom_id} and
 * {@code invoice_id} = the top-up id), captured when the client comes back or by reconciliation, refunds
 * of its capture. Every write carries {@code PayPal-Request-Id} = kind:our id, so a retry never pays or
 * refunds twice.
 */
@ApplicationScoped
public class PaypalGateway implements PaymentGateway {

    static final String FULL_ANSWER = "return=representation";
    /** PayPal's limit for {@code note_to_payer}. */
    static final int NOTE_LIMIT = 255;

    @Inject
    PaypalConnection connection;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    public PaypalGateway() {
    }

    PaypalGateway(PaypalConnection connection, PaymentSettings settings, Clock clock) {
        this.connection = connection;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.PAYPAL;
    }

    @Override
    public boolean configured() {
        return connection.configured();
    }

    @Override
    public Checkout open(Topup topup, ReturnLinks links) {
        Money amount = new Money(topup.currency(), PaypalAmounts.value(topup.amount(), topup.currency()));
        OrderRequest request = new OrderRequest("CAPTURE",
                List.of(new PurchaseUnitRequest(topup.id(), "SkillFast wallet top-up", topup.id(), topup.id(), amount)),
                new PaymentSource(new PaypalSource(new ExperienceContext("SkillFast", "PAY_NOW", "NO_SHIPPING",
                        links.successUrl(), links.cancelUrl()))));
        Order order;
        try {
            order = connection.call("create the order of top-up " + topup.id(),
                    bearer -> connection.orders().create(bearer, "order:" + topup.id(), FULL_ANSWER, request));
        } catch (PaypalApiException e) {
            throw new ProviderUnavailableException("PayPal refused the order of top-up " + topup.id() + ": "
                    + e.reason(), e);
        }
        String approval = order.link("payer-action", "approve").orElseThrow(() -> new ProviderUnavailableException(
                "PayPal answered order " + order.id() + " without an approval link"));
        return new Checkout(order.id(), approval);
    }

    @Override
    public List<ProviderEvent> capture(Topup topup) {
        String orderId = topup.providerRef();
        if (orderId == null) {
            return List.of();
        }
        try {
            Order order = connection.call("capture order " + orderId, bearer -> connection.orders()
                    .capture(bearer, "capture:" + topup.id(), FULL_ANSWER, orderId, Map.of()));
            Optional<Capture> capture = order.capture();
            return capture.isPresent() ? events().ofCapture(topup, capture.get()) : lookupOrder(topup, false);
        } catch (PaypalApiException e) {
            if (e.hasIssue("INSTRUMENT_DECLINED")) {
                return List.of(events().declined(topup, orderId, e.reason()));
            }
            // ORDER_ALREADY_CAPTURED, ORDER_NOT_APPROVED …: the order itself says what is true
            return lookupOrder(topup, false);
        }
    }

    @Override
    public List<ProviderEvent> lookup(Topup topup) {
        return lookupOrder(topup, true);
    }

    /**
     * The client cancelled on PayPal's page: an order still waiting for them fails now (no money moved; the
     * client starts a new top-up). One paid after all is reported paid; an approved one is left to
     * reconciliation, which captures what the payer approved.
     */
    @Override
    public List<ProviderEvent> cancel(Topup topup) {
        Optional<Order> order = order(topup);
        if (order.isEmpty()) {
            return List.of();
        }
        return switch (String.valueOf(order.get().status())) {
            case "CREATED", "SAVED", "PAYER_ACTION_REQUIRED" -> List.of(events().event("cancel:" + order.get().id(),
                    OrderEvents.LOOKUP, new EventSubject.TopupFailed(topup.id(), null, "Cancelled on PayPal's page")));
            case "APPROVED" -> List.of();
            default -> events().ofOrder(topup, order.get());
        };
    }

    /** The order's state as events; an APPROVED order is captured when {@code mayCapture}. */
    private List<ProviderEvent> lookupOrder(Topup topup, boolean mayCapture) {
        if (topup.providerRef() == null) { // the order was never made (PayPal did not answer the create)
            return events().expiredIfOld(topup, "lookup:" + topup.id() + ":NO_ORDER");
        }
        Optional<Order> order = order(topup);
        if (order.isEmpty()) {
            return events().expiredIfOld(topup, "lookup:" + topup.providerRef() + ":NOT_FOUND");
        }
        if ("APPROVED".equals(order.get().status())) {
            return mayCapture ? capture(topup) : List.of();
        }
        return events().ofOrder(topup, order.get());
    }

    /** The top-up's order as PayPal has it now; empty when there is none (never made, or gone). */
    private Optional<Order> order(Topup topup) {
        String orderId = topup.providerRef();
        if (orderId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(connection.call("look up order " + orderId,
                    bearer -> connection.orders().get(bearer, orderId)));
        } catch (PaypalApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw new ProviderUnavailableException("PayPal refused to show order " + orderId + ": " + e.reason(), e);
        }
    }

    @Override
    public RefundStarted refund(Topup topup, Refund refund) {
        String captureId = topup.paymentRef();
        if (captureId == null) {
            return new RefundStarted(null, RefundStatus.FAILED, "No PayPal capture is recorded for this top-up.");
        }
        RefundRequest request = new RefundRequest(
                new Money(refund.currency(), PaypalAmounts.value(refund.amount(), refund.currency())),
                noteToPayer(refund.reason()), refund.id());
        try {
            RefundAnswer answer = connection.call("refund capture " + captureId, bearer -> connection.payments()
                    .refund(bearer, "refund:" + refund.id(), FULL_ANSWER, captureId, request));
            RefundStatus status = refundStatus(answer.status());
            return new RefundStarted(answer.id(), status, status == RefundStatus.FAILED ? refundFailure(answer) : null);
        } catch (PaypalApiException e) {
            return new RefundStarted(null, RefundStatus.FAILED, "PayPal refused the refund: " + e.reason());
        }
    }

    @Override
    public List<ProviderEvent> lookupRefund(Topup topup, Refund refund) {
        String refundRef = refund.providerRef();
        if (refundRef == null) {
            return List.of();
        }
        RefundAnswer answer;
        try {
            answer = connection.call("look up refund " + refundRef, bearer -> connection.payments().refund(bearer, refundRef));
        } catch (PaypalApiException e) {
            throw new ProviderUnavailableException("PayPal refused to show refund " + refundRef + ": " + e.reason(), e);
        }
        String eventId = "lookup:" + refundRef + ":" + answer.status();
        return switch (refundStatus(answer.status())) {
            case SUCCEEDED -> List.of(events().event(eventId, "refund.lookup", refunded(topup, refund, answer)));
            case FAILED -> List.of(events().event(eventId, "refund.lookup",
                    new EventSubject.RefundFailed(refund.id(), refundRef, refundFailure(answer))));
            default -> List.of();
        };
    }

    private static EventSubject refunded(Topup topup, Refund refund, RefundAnswer answer) {
        if (answer.amount() == null) {
            return new EventSubject.TopupRefunded(topup.id(), topup.paymentRef(), refund.id(), answer.id(),
                    refund.amount(), refund.currency());
        }
        try {
            return new EventSubject.TopupRefunded(topup.id(), topup.paymentRef(), refund.id(), answer.id(),
                    PaypalAmounts.minor(answer.amount().value(), answer.amount().currencyCode()),
                    answer.amount().currencyCode());
        } catch (IllegalArgumentException unreadable) {
            throw new ProviderUnavailableException("PayPal answered refund " + answer.id()
                    + " with an amount SkillFast cannot read: " + unreadable.getMessage(), unreadable);
        }
    }

    /** COMPLETED → SUCCEEDED, CANCELLED/FAILED → FAILED, anything else (PENDING) → PENDING. */
    static RefundStatus refundStatus(String status) {
        return switch (String.valueOf(status)) {
            case "COMPLETED" -> RefundStatus.SUCCEEDED;
            case "CANCELLED", "FAILED" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING;
        };
    }

    private static String refundFailure(RefundAnswer answer) {
        String why = answer.statusDetails() == null || answer.statusDetails().reason() == null ? ""
                : " (" + answer.statusDetails().reason() + ")";
        return "PayPal refund " + answer.status() + why;
    }

    private static String noteToPayer(String reason) {
        String note = reason == null || reason.isBlank() ? "Refund of your SkillFast top-up" : reason.strip();
        if (note.length() <= NOTE_LIMIT) {
            return note;
        }
        int end = Character.isHighSurrogate(note.charAt(NOTE_LIMIT - 1)) ? NOTE_LIMIT - 1 : NOTE_LIMIT;
        return note.substring(0, end);
    }

    private OrderEvents events() {
        return new OrderEvents(clock, settings.checkoutExpiry());
    }
}
