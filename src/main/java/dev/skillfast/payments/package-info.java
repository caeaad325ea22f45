/**
 * Payments: money into wallets (top-ups through Stripe, PayPal or the demo desk's pretend provider),
 * refunds, and expert payouts, all on the billing feature's double-entry journal.
 *
 * <p><b>What it owns.</b> Collections {@code topups}, {@code payment_events}, {@code refunds},
 * {@code payouts}, {@code payout_accounts} and {@code payment_secrets}. It posts journal entries only through
 * {@code billing.domain.Ledger} ({@code domain.MoneyMoves}), each under a business key, so any repeat posts
 * nothing: {@code topup:<id>} (TOPUP, external funding → wallet), {@code refund-hold:<id>} (HOLD, wallet →
 * {@code platform:refunds-pending}), {@code refund:<id>} (REFUND, pending → external), {@code
 * refund-release:<id>} (RELEASE, pending → wallet), {@code payout-hold:<id>} (HOLD, earnings →
 * {@code platform:payouts-pending}), {@code payout:<id>} (PAYOUT, pending → external), {@code
 * payout-release:<id>} and {@code payout-reversal:<id>} (RELEASE back to the earnings). Holds are the
 * ledger's floor-guarded debits: a refund beyond what the wallet still holds, or a payout beyond the
 * earnings, is refused atomically (409), however many requests race.
 *
 * <p><b>Providers</b> are {@code domain.PaymentGateway} beans ({@code payments.stripe}, {@code
 * payments.paypal}, {@code domain.DemoGateway}); payouts go through {@code domain.PayoutGateway} (Stripe
 * transfers, PayPal Payouts; MANUAL needs none) and Stripe Connect onboarding through {@code
 * domain.ConnectOnboarding}. Only the configured ones are offered ({@code domain.Gateways}). No card data
 * ever reaches SkillFast: clients pay on the provider's hosted page.
 *
 * <p><b>The one event path.</b> Whatever a provider reports — a webhook (verified by its signature first),
 * a capture's answer, a reconciliation lookup, the demo page's Pay — becomes a {@code ProviderEvent} and goes
 * through {@code domain.PaymentEvents}: recorded once under {@code provider:eventId} ({@code _id}, unique),
 * then applied idempotently ({@code TopupOutcomes}, {@code RefundOutcomes}, {@code PayoutOutcomes}), then
 * marked applied, then made durable (the embedded store commits its file) before a webhook gets its 2xx.
 * A repeat of an applied event does nothing; a repeat of one cut short applies it again, which changes
 * nothing already done. Reordering is harmless by construction: the credit comes first and the status
 * follows (a payment after an expiry is still credited; an expiry after a payment changes nothing); a refund
 * seen before its payment credits the payment first; an amount or currency that differs from the top-up
 * credits nothing and flags it for an administrator.
 *
 * <p><b>Steps that span documents</b> (no transactions) are ordered so that each is repeatable and a crash
 * between two leaves something {@code domain.Reconciliation} finishes: a top-up is stored PENDING with a due
 * key ({@code reconcileDue}, a {@code DueKeys} string under a unique sparse index) before its page is
 * opened, and made durable before the client is sent there; refunds and payouts record which journal steps
 * are done ({@code holdConfirmed}, {@code settled}) and keep a due key until the last. The reconciliation
 * timer ({@code ReconciliationTimer}, every {@code skillfast.payments.reconcile-interval}) looks up PENDING
 * top-ups older than {@code reconcile-after} at their provider (a lost webhook loses nothing), asks again
 * for refunds and payouts an unreachable provider left, and finishes what a crash cut short. A top-up's
 * refundable amount moves with conditional updates guarded by the refund's id ({@code reservedRefunds},
 * {@code appliedRefunds}, {@code releasedRefunds}), so a repeated step never counts twice.
 *
 * <p><b>On the embedded store</b> a top-up's change of status — the hot path of every payment event — is a
 * conditional update on one unique key ({@code stateKey} "id:STATUS"), which it answers from its index. The
 * rarer guarded updates of refunds and payouts name {@code _id} and a status or guard field, which it answers
 * by scanning that collection (see {@code platform.mongo.embedded}); a real MongoDB answers them from
 * {@code _id}. Measured in the webhook benchmark (README, "Performance").
 *
 * <p><b>Dependencies.</b> Payments uses {@code billing} (ledger, wallets, earnings) and {@code accounts}
 * (names and e-mails); nothing depends on payments.
 */
package dev.skillfast.payments;
