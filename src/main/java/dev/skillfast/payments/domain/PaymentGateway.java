package dev.skillfast.payments.domain;

import java.util.List;

/**
 * One payment provider seen from the top-up flow (Stripe, PayPal, the demo desk). Each is a CDI bean; the
 * ones {@link #configured()} are offered. Every call is idempotent on our ids (the top-up's or the
 * refund's), so a retry after a crash or a timeout never charges or refunds twice at the provider.
 * What a provider reports is turned into {@link ProviderEvent}s and fed to the one event path
 * ({@code PaymentEvents}), whether it came by webhook, by a capture's answer or by a lookup.
 */
public interface PaymentGateway {

    Provider provider();

    /** Whether this installation has the provider's keys (or, for DEMO, enabled it). */
    boolean configured();

    /**
     * Opens the provider's payment page for a new top-up (idempotent on {@code topup.id()}), with the
     * links the provider sends the client back to.
     */
    Checkout open(Topup topup, ReturnLinks links);

    /**
     * Completes a top-up the client approved and came back from (PayPal's capture, with the top-up id as
     * {@code PayPal-Request-Id}); answers what the provider said as events. Providers that need no capture
     * answer an empty list.
     */
    default List<ProviderEvent> capture(Topup topup) {
        return List.of();
    }

    /**
     * The client cancelled on the provider's page: closes it there if the provider can (Stripe expires the
     * Checkout Session) and answers what the provider then says as events (expired, or paid after all).
     */
    default List<ProviderEvent> cancel(Topup topup) {
        return List.of();
    }

    /**
     * Reconciliation: what the provider says about this top-up now (paid, failed, expired), as events; empty
     * while it is still open there. Throws {@link ProviderUnavailableException} when the provider cannot be
     * reached.
     */
    List<ProviderEvent> lookup(Topup topup);

    /**
     * Starts a refund at the provider, idempotent on {@code refund.id()}; answers the provider's reference
     * and whether it is already final. A refund that is not final is finished by a webhook or a later
     * {@link #lookupRefund}.
     */
    RefundStarted refund(Topup topup, Refund refund);

    /** Reconciliation of a refund the provider had not finished; empty while still pending. */
    List<ProviderEvent> lookupRefund(Topup topup, Refund refund);

    /** The provider's payment page. */
    record Checkout(String providerRef, String redirectUrl) {
    }

    /** Absolute URLs of the web app's return page: after paying, and after cancelling. */
    record ReturnLinks(String successUrl, String cancelUrl) {
    }

    /** What a provider answered to a refund request. */
    record RefundStarted(String providerRef, RefundStatus status, String failureReason) {
    }
}
