/**
 * Stripe behind the payments SPI: Checkout top-ups and their refunds ({@link StripeGateway}), Connect Express
 * onboarding ({@link StripeConnect}), payouts as transfers ({@link StripePayouts}) and the webhook
 * ({@link StripeWebhook}). Only this package imports stripe-java; {@code payments.api.StripeWebhookResource}
 * hands it the raw body and the signature header.
 *
 * <p><b>The client.</b> One {@code StripeClient} ({@link StripeApi}) built from {@link StripeSettings}: the
 * secret key (unset: Stripe is off), the API base (tests point it at a local fake), 5 s to connect, 20 s to
 * read, 2 retries by stripe-java. Never the global {@code Stripe.apiKey}/{@code overrideApiBase}, which any
 * other code in the JVM could change.
 *
 * <p><b>Exactly once at Stripe.</b> Every call that creates something carries our idempotency key:
 * {@code checkout:<topupId>}, {@code refund:<refundId>}, {@code connect:<expertId>}, {@code payout:<payoutId>},
 * {@code expire:<sessionId>}; stripe-java's own retries repeat it. A retried Checkout call must send the same
 * parameters, so {@code expires_at} counts from the top-up's creation, not from "now" (clamped to Stripe's
 * 30 minutes to 24 hours, with a minute's slack at the low end). Stripe keeps keys 24 hours; later retries
 * are the core's (it stores what Stripe answered).
 *
 * <p><b>Top-ups.</b> A Checkout Session in payment mode with one line item "SkillFast credit" of the
 * top-up's amount and currency, {@code client_reference_id} and metadata {@code topup_id} on the session and
 * on its PaymentIntent, the web app's return links, and Adaptive Pricing off (a converted currency would not
 * match the top-up). The amount and currency credited are always Stripe's ({@code amount_total},
 * {@code currency} of the session), never the client's; the core compares them with the top-up.
 * Reconciliation ({@code lookup}) retrieves the session with its PaymentIntent: complete and paid → paid,
 * expired → expired, complete but its intent back to {@code requires_payment_method}/{@code canceled} (a
 * delayed method that failed) → failed, anything else → nothing yet. {@code cancel} expires an open session
 * first. Answers to lookups are events with ids {@code lookup:<sessionId|refundId>:<STATE>}, so the same state
 * seen twice is recorded once.
 *
 * <p><b>Webhook.</b> {@code Stripe-Signature} is checked by stripe-java ({@code Webhook.Signature.verifyHeader},
 * the check inside {@code Webhook.constructEvent}) with a 300 s tolerance on the application's clock, against
 * each configured secret ({@code skillfast.stripe.webhook-secret} may list several, comma-separated: the
 * account endpoint's and the Connect endpoint's, which Stripe signs with different secrets); only then is the
 * body parsed. Refusals are 400 naming the header (missing, not matching, stale) or the body (signed but no
 * event). Events, by type:
 * <ul>
 *   <li>{@code checkout.session.completed}: paid → TopupPaid; unpaid (a delayed method) → nothing, the
 *       {@code checkout.session.async_payment_succeeded} (→ TopupPaid) or {@code …_failed} (→ TopupFailed)
 *       event follows; {@code checkout.session.expired} → TopupExpired. Sessions without our top-up id
 *       (another integration on the same account) are not ours.</li>
 *   <li>{@code refund.created}, {@code refund.updated}, {@code refund.failed}: succeeded → TopupRefunded
 *       (our ids from the refund's metadata; a dashboard refund has none and is named by its PaymentIntent),
 *       failed/canceled → RefundFailed, pending → nothing. {@code charge.refunded} reads the charge's newest
 *       refund when the charge embeds its refunds (API versions since 2022-11-15 do not: the refund events
 *       and reconciliation cover it). The core deduplicates by Stripe's refund id.</li>
 *   <li>{@code account.updated} → PayoutAccountUpdated; {@code transfer.reversed} fully reversed →
 *       PayoutFailed (a partial reversal is recorded only: an administrator decides).</li>
 *   <li>Anything else → Unhandled (recorded, acknowledged).</li>
 * </ul>
 * The event's object is read through stripe-java's typed models when the event is in the library's API
 * version, else from its raw JSON ({@link JsonFields}): Stripe renders events in the endpoint's API version,
 * and for another one {@code deserializeUnsafe()} may drop renamed fields silently, while the raw JSON is
 * exactly what Stripe signed. Subscribe the endpoint to the events above.
 *
 * <p><b>Failures.</b> Stripe refusing a request (card or invalid-request error) fails a refund or a payout
 * with Stripe's message; anything else (network, 429, 5xx, a refused key, an idempotency conflict) is
 * {@code ProviderUnavailableException}: the caller answers 502 or reconciliation tries again.
 */
package dev.skillfast.payments.stripe;
