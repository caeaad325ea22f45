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
import dev.skillfast.payments.domain.ProviderEvent;
import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.payments.paypal.PaypalWebhook;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.errors.UnavailableException;
import dev.skillfast.platform.problem.Problem;

/**
 * PayPal's webhook. The body is read as the exact bytes PayPal sent (the signature covers their CRC32), so
 * nothing parses or re-encodes it before the check; then the event takes the one event path and the answer
 * is 200 only once what it recorded is durable.
 */
@Path("/payments/paypal/webhook")
@RequestScoped
@Tag(name = "Payments")
public class PaypalWebhookResource {

    @Inject
    PaypalWebhook webhook;

    @Inject
    PaymentEvents events;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "PayPal's webhook (called by PayPal)",
            description = "Verified locally: CRC32 of the raw body, transmission id and time (at most 300 s away), "
                    + "the webhook id, SHA256withRSA against the certificate at PAYPAL-CERT-URL (PayPal's hosts only).")
    @APIResponse(responseCode = "200", description = "Recorded (or recorded before: duplicate)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", description = "Bad, stale or missing signature; the detail names the header",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PayPal webhooks are not configured here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "PayPal's certificate cannot be fetched now (PayPal retries)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Receipt receive(@HeaderParam("PAYPAL-TRANSMISSION-ID") String transmissionId,
                           @HeaderParam("PAYPAL-TRANSMISSION-TIME") String transmissionTime,
                           @HeaderParam("PAYPAL-TRANSMISSION-SIG") String transmissionSig,
                           @HeaderParam("PAYPAL-CERT-URL") String certUrl,
                           @HeaderParam("PAYPAL-AUTH-ALGO") String authAlgo,
                           byte[] body) {
        if (!webhook.configured()) {
            throw new NotFoundException("PayPal webhooks are not configured on this server.");
        }
        PaypalWebhook.Headers headers = new PaypalWebhook.Headers(transmissionId, transmissionTime, transmissionSig,
                certUrl, authAlgo);
        ProviderEvent event;
        try {
            event = webhook.verify(headers, body == null ? new byte[0] : body);
        } catch (ProviderUnavailableException e) {
            throw new UnavailableException("PayPal's signing certificate cannot be fetched just now; the event is "
                    + "not recorded (PayPal delivers it again).");
        }
        return new Receipt(true, events.accept(event).duplicate());
    }
}
