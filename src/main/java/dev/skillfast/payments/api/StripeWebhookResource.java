package dev.skillfast.payments.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.payments.api.PaymentResponses.Receipt;
import dev.skillfast.payments.domain.PaymentEvents;
import dev.skillfast.payments.stripe.StripeWebhook;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.security.MaxBodySize;

/**
 * Stripe's webhook. The body is taken as the exact bytes Stripe sent (any content type, no JSON binding):
 * the signature covers them byte for byte. No caller is signed in; the signature is the authentication.
 */
@Path("/payments/stripe/webhook")
@RequestScoped
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class StripeWebhookResource {

    /** Stripe's events carry whole objects (an account, a session with its details): more than the API's default. */
    static final long MAX_EVENT_BYTES = 256 * 1024;

    @Inject
    StripeWebhook webhook;

    @Inject
    PaymentEvents events;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @MaxBodySize(MAX_EVENT_BYTES)
    @Operation(summary = "Stripe webhook", description = "Called by Stripe, verified by its Stripe-Signature header "
            + "(HMAC-SHA256 with the endpoint's signing secret, at most 300 s old). Answers 200 only once the event is "
            + "recorded and applied; a repeated event is acknowledged as a duplicate and changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded (or a duplicate)",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Missing, wrong or stale signature",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Stripe is not configured here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Receipt receive(byte[] body, @HeaderParam(StripeWebhook.SIGNATURE_HEADER) String signature) {
        PaymentEvents.Accepted accepted = events.accept(webhook.verify(body == null ? new byte[0] : body, signature));
        return new Receipt(true, accepted.duplicate());
    }
}
