package dev.skillfast.payments.stripe;

import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;

import dev.skillfast.payments.domain.ProviderUnavailableException;

/**
 * How stripe-java's exceptions read to SkillFast. Stripe <em>refused</em> a request (a card error, an
 * invalid request: the same call would be refused again) or could not answer it (network, rate limit,
 * 5xx, a key it does not accept, an idempotency conflict): the caller retries later, or reports it.
 */
final class StripeFailures {

    private StripeFailures() {
    }

    /** A final refusal: retrying the same request does not help. */
    static boolean refused(StripeException e) {
        Integer status = e.getStatusCode();
        boolean serverSide = status != null && (status >= 500 || status == 429);
        return (e instanceof CardException || e instanceof InvalidRequestException) && !serverSide;
    }

    /** Stripe's own words (without stripe-java's request id suffix). */
    static String message(StripeException e) {
        StripeError error = e.getStripeError();
        String message = error != null && error.getMessage() != null ? error.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static ProviderUnavailableException unavailable(String doing, StripeException e) {
        return new ProviderUnavailableException("Stripe could not " + doing + ": " + message(e), e);
    }
}
