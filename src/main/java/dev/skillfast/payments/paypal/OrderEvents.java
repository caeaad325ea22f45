package dev.skillfast.payments.paypal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.skillfast.payments.domain.EventSubject;
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.paypal.OrderShapes.Capture;
import dev.skillfast.payments.paypal.OrderShapes.Order;

/**
 * What PayPal's answers about an order mean for a top-up, as events with ids derived from PayPal's objects:
 * {@code capture:<captureId>:<status>} for a capture's answer, {@code lookup:<orderId>:<state>} for a lookup.
 * The same fact reported twice carries the same id, so it is recorded once.
 */
final class OrderEvents {

    static final String CAPTURE_ANSWER = "order.capture";
    static final String LOOKUP = "order.lookup";

    private final Clock clock;
    private final Duration checkoutExpiry;

    OrderEvents(Clock clock, Duration checkoutExpiry) {
        this.clock = clock;
        this.checkoutExpiry = checkoutExpiry;
    }

    /** The answer to a capture: paid, failed, or nothing yet (PENDING: a webhook or a lookup will tell). */
    List<ProviderEvent> ofCapture(Topup topup, Capture capture) {
        String eventId = "capture:" + capture.id() + ":" + capture.status();
        return switch (String.valueOf(capture.status())) {
            case "COMPLETED" -> List.of(event(eventId, CAPTURE_ANSWER, paid(topup, capture)));
            case "DECLINED", "FAILED" -> List.of(event(eventId, CAPTURE_ANSWER, failed(topup, capture)));
            default -> List.of();
        };
    }

    /** A declined payment method at capture time (PayPal answers 422 INSTRUMENT_DECLINED, no capture). */
    ProviderEvent declined(Topup topup, String orderId, String reason) {
        return event("capture:" + orderId + ":INSTRUMENT_DECLINED", CAPTURE_ANSWER,
                new EventSubject.TopupFailed(topup.id(), null, "PayPal declined the payment method: " + reason));
    }

    /** The order as a lookup found it (APPROVED is the caller's: it captures). */
    List<ProviderEvent> ofOrder(Topup topup, Order order) {
        String prefix = "lookup:" + order.id() + ":";
        switch (String.valueOf(order.status())) {
            case "COMPLETED":
                Optional<Capture> capture = order.capture();
                if (capture.isEmpty()) {
                    return List.of();
                }
                return switch (String.valueOf(capture.get().status())) {
                    // a refunded capture was paid first: its refunds arrive as refund events
                    case "COMPLETED", "REFUNDED", "PARTIALLY_REFUNDED" ->
                            List.of(event(prefix + "COMPLETED", LOOKUP, paid(topup, capture.get())));
                    case "DECLINED", "FAILED" ->
                            List.of(event(prefix + capture.get().status(), LOOKUP, failed(topup, capture.get())));
                    default -> List.of();
                };
            case "VOIDED":
                return List.of(event(prefix + "VOIDED", LOOKUP,
                        new EventSubject.TopupFailed(topup.id(), null, "PayPal voided the order")));
            case "CREATED", "SAVED", "PAYER_ACTION_REQUIRED":
                return expiredIfOld(topup, prefix + "EXPIRED");
            default:
                return List.of();
        }
    }

    /** A top-up whose payment page has been open longer than the checkout expiry has expired. */
    List<ProviderEvent> expiredIfOld(Topup topup, String eventId) {
        if (topup.createdAt() == null || !topup.createdAt().plus(checkoutExpiry).isBefore(clock.instant())) {
            return List.of();
        }
        return List.of(event(eventId, LOOKUP, new EventSubject.TopupExpired(topup.id())));
    }

    ProviderEvent event(String eventId, String type, EventSubject subject) {
        return new ProviderEvent(Provider.PAYPAL, eventId, type, clock.instant(), subject);
    }

    private static EventSubject paid(Topup topup, Capture capture) {
        if (capture.amount() == null) {
            throw new ProviderUnavailableException("PayPal answered capture " + capture.id() + " without an amount");
        }
        String currency = capture.amount().currencyCode();
        try {
            long amount = PaypalAmounts.minor(capture.amount().value(), currency);
            return new EventSubject.TopupPaid(topup.id(), amount, currency, capture.id());
        } catch (IllegalArgumentException unreadable) {
            throw new ProviderUnavailableException("PayPal answered capture " + capture.id() + " with an amount "
                    + "SkillFast cannot read: " + unreadable.getMessage(), unreadable);
        }
    }

    private static EventSubject failed(Topup topup, Capture capture) {
        String why = capture.statusDetails() == null || capture.statusDetails().reason() == null ? ""
                : " (" + capture.statusDetails().reason() + ")";
        return new EventSubject.TopupFailed(topup.id(), capture.id(), "PayPal capture " + capture.status() + why);
    }
}
