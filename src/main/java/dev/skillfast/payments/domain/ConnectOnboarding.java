package dev.skillfast.payments.domain;

/** Stripe Connect Express onboarding of an expert (Account Links). */
public interface ConnectOnboarding {

    boolean configured();

    /** Creates the expert's Express account (idempotent on {@code expertId}); answers its id. */
    String createAccount(String expertId, String email);

    /** A one-time link to Stripe's hosted onboarding for the account, returning to the given URLs. */
    String onboardingLink(String stripeAccountId, String returnUrl, String refreshUrl);

    /** The account's state now: [payoutsEnabled, detailsSubmitted]. */
    PayoutAccountState state(String stripeAccountId);

    record PayoutAccountState(boolean payoutsEnabled, boolean detailsSubmitted) {
    }
}
