package dev.skillfast.payments.api;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.payments.api.PaymentResponses.Receipt;
import dev.skillfast.payments.api.PaymentResponses.TopupView;
import dev.skillfast.payments.domain.DemoPayments;
import dev.skillfast.payments.domain.DemoWebhook;
import dev.skillfast.payments.domain.PaymentEvents;

/** The demo provider: its payment page's actions and its webhook ("demo payment, no real money"). */
@Path("/payments/demo")
@RequestScoped
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class DemoPaymentResource {

    @Inject
    DemoPayments demo;

    @Inject
    DemoWebhook webhook;

    @Inject
    JsonWebToken jwt;

    @POST
    @Path("/topups/{id}/pay")
    @RolesAllowed("CLIENT")
    @Operation(summary = "Pay a demo top-up", description = "The demo page's Pay: a signed event through the same path "
            + "as a real provider's webhook. No real money.")
    public TopupView pay(@PathParam("id") @Size(max = 64) String id) {
        return TopupView.of(demo.pay(jwt.getSubject(), id));
    }

    @POST
    @Path("/topups/{id}/cancel")
    @RolesAllowed("CLIENT")
    @Operation(summary = "Cancel a demo top-up")
    public TopupView cancel(@PathParam("id") @Size(max = 64) String id) {
        return TopupView.of(demo.cancel(jwt.getSubject(), id));
    }

    @POST
    @Path("/webhook")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Demo provider webhook", description = "Signed with SkillFast-Signature: t=<unix>,v1=<hex "
            + "HMAC-SHA256 of \"t.body\">; 400 when the signature is bad or older than 300 s.")
    public Receipt receive(byte[] body, @HeaderParam(DemoWebhook.HEADER) String signature) {
        PaymentEvents.Accepted accepted = webhook.receive(new String(body, StandardCharsets.UTF_8), signature);
        return new Receipt(true, accepted.duplicate());
    }
}
