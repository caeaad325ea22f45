/**
 * PayPal: wallet top-ups through Orders v2, refunds of their captures, expert payouts through Payouts, and
 * PayPal's webhooks, behind the payments SPI ({@code PaymentGateway}, {@code PayoutGateway}); everything they
 * learn goes to the one event path ({@code PaymentEvents.accept}) as {@code ProviderEvent}s.
 *
 * <p><b>Talking to PayPal.</b> Typed MicroProfile Rest Client interfaces ({@code PaypalOAuthApi},
 * {@code PaypalOrdersApi}, {@code PaypalPaymentsApi}, {@code PaypalPayoutsApi}) built with
 * {@code RestClientBuilder} on {@code skillfast.paypal.api-base} (the sandbox, or a test fake), 5 s to connect
 * and 30 s to read, JSON-B records of only the fields used with unknown fields ignored ({@code PaypalJson}:
 * the API's own JSON-B setting refuses them), every error status as a {@code PaypalApiException} carrying
 * PayPal's body. The official SDK is not used: it cannot point at a test server. {@code PaypalConnection}
 * holds the OAuth2 client-credentials token until a minute before {@code expires_in} (half its life if
 * shorter) and fetches a new one once when PayPal answers 401; no answer, 5xx, 429 and refused credentials
 * become {@code ProviderUnavailableException} (reconciliation or the caller retries), other 4xx stay for the
 * caller to map. Unit tests serve the same interfaces over HTTP without a server runtime
 * ({@code PaypalClientFactory} is the seam).
 *
 * <p><b>Idempotency.</b> Every write carries {@code PayPal-Request-Id}: {@code order:<topupId>},
 * {@code capture:<topupId>}, {@code refund:<refundId>}, {@code payout:<payoutId>}; PayPal answers a repeat
 * with the first call's result. Payouts are also idempotent on {@code sender_batch_id} = the payout id:
 * PayPal refuses a batch id it has seen in 30 days and links the original batch, which is then taken as this
 * payout's batch. Amounts go both ways exactly ({@code PaypalAmounts}: "12.34" with the currency's ISO
 * digits; more decimals than that are refused, never rounded). PayPal itself wants whole numbers for HUF,
 * TWD and JPY: an installation billing in HUF or TWD cannot use PayPal as it is.
 *
 * <p><b>Top-ups.</b> {@code open}: an order with intent CAPTURE, one purchase unit ({@code custom_id} and
 * {@code invoice_id} = the top-up id, the amount), {@code payment_source.paypal.experience_context} with the
 * web app's return and cancel links, brand SkillFast, PAY_NOW; the client is sent to its
 * {@code payer-action} (or {@code approve}) link. {@code capture} (the client came back, or reconciliation
 * found the order APPROVED): COMPLETED capture → TopupPaid (capture id, amount), DECLINED/FAILED →
 * TopupFailed, PENDING → nothing yet (the webhook or a later lookup says); ORDER_ALREADY_CAPTURED and other
 * 4xx → the order is looked up instead; INSTRUMENT_DECLINED → TopupFailed. {@code lookup}: COMPLETED →
 * TopupPaid from its capture (also when since refunded), APPROVED → captured, VOIDED → TopupFailed,
 * CREATED/PAYER_ACTION_REQUIRED older than the checkout expiry (or an order never made, or gone) →
 * TopupExpired. {@code cancel} (the client came back through the cancel link): an order still waiting for
 * the payer → TopupFailed at once (no money moved), one paid after all → TopupPaid, an approved one is left
 * to reconciliation. Event ids: {@code capture:<captureId>:<status>}, {@code lookup:<orderId>:<state>},
 * {@code cancel:<orderId>}.
 * Refunds: POST the capture's refund with {@code custom_id} = our refund id (COMPLETED → SUCCEEDED, PENDING,
 * CANCELLED/FAILED → FAILED; a 4xx → FAILED with PayPal's words); {@code lookupRefund} reads it again.
 *
 * <p><b>Webhooks</b> ({@code PaypalWebhook}, at {@code POST /api/payments/paypal/webhook}). Verified locally,
 * as PayPal's SDKs do, with the JDK's {@code CRC32}, {@code Signature} and {@code CertificateFactory}: the
 * message {@code <PAYPAL-TRANSMISSION-ID>|<PAYPAL-TRANSMISSION-TIME>|<webhook id>|<CRC32 of the raw body>}
 * must carry PAYPAL-TRANSMISSION-SIG (SHA256withRSA only) by the key of the certificate at PAYPAL-CERT-URL.
 * That URL must start with one of {@code skillfast.paypal.cert-url-prefixes} (PayPal's API hosts over HTTPS:
 * TLS is what vouches for the certificate) and hold nothing that could lead elsewhere, else it is refused
 * without being fetched; the certificate must be within its validity dates; the time within 300 s of now.
 * Certificates are cached by URL (20, six hours each, least recently used dropped first), and concurrent
 * webhooks wait for one fetch. Each refusal is a 400 naming the header at fault; a certificate host that
 * cannot be reached now is a 503 (PayPal delivers again). The chain up to a CA and the certificate's
 * subject are not checked (the allowed HTTPS hosts stand for them). The verified event, under PayPal's id
 * ({@code WH-…}), means ({@code WebhookEvents}):
 * <ul>
 *   <li>PAYMENT.CAPTURE.COMPLETED → TopupPaid ({@code custom_id}, amount, capture id);
 *       PAYMENT.CAPTURE.DENIED/DECLINED → TopupFailed; PAYMENT.CAPTURE.PENDING → nothing.</li>
 *   <li>PAYMENT.CAPTURE.REFUNDED/REVERSED, PAYMENT.REFUND.COMPLETED (the resource is the refund) →
 *       TopupRefunded: the top-up by {@code invoice_id}, the capture by the {@code up} link, our refund by
 *       {@code custom_id} (none for a refund made in PayPal's dashboard); a failed or cancelled refund of
 *       ours → RefundFailed.</li>
 *   <li>PAYMENT.PAYOUTS-ITEM.SUCCEEDED → PayoutPaid ({@code sender_item_id}, the batch id);
 *       FAILED/RETURNED/BLOCKED/DENIED/REFUNDED/CANCELED → PayoutFailed; UNCLAIMED and others → nothing.</li>
 *   <li>CHECKOUT.ORDER.APPROVED and every other type → Unhandled (recorded and acknowledged): the return page
 *       or reconciliation captures an approved order.</li>
 * </ul>
 */
package dev.skillfast.payments.paypal;
