package dev.skillfast.payments.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.payments.api.PaymentResponses.Link;
import dev.skillfast.payments.api.PaymentResponses.PayoutView;
import dev.skillfast.payments.domain.PayoutAccountView;
import dev.skillfast.payments.domain.PayoutAccounts;
import dev.skillfast.payments.domain.PayoutMethod;
import dev.skillfast.payments.domain.Payouts;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.SingleLine;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.platform.web.AppUrl;

/** An expert's payouts: where they are paid, requests and their history. */
@Path("/payouts")
@RequestScoped
@Tag(name = "Payouts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("EXPERT")
public class PayoutResource {

    @Inject
    Payouts payouts;

    @Inject
    PayoutAccounts accounts;

    @Inject
    AppUrl appUrl;

    @Inject
    JsonWebToken jwt;

    @Context
    UriInfo uriInfo;

    @Schema(name = "PayoutAccountUpdate")
    public record AccountUpdate(@NotBlank(message = "is required") @Email(message = "must be an e-mail address")
                                @Size(max = 254, message = "must be at most 254 characters") @SingleLine String paypalEmail) {
    }

    @Schema(name = "PayoutRequest")
    public record PayoutRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 (minor units)")
                                Long amount,
                                @CurrencyCode String currency,
                                @Pattern(regexp = "STRIPE|PAYPAL|MANUAL", message = "must be STRIPE, PAYPAL or MANUAL")
                                String method) {
    }

    @GET
    @RolesAllowed("EXPERT")
    @Path("/account")
    @Operation(summary = "My payout set-up", description = "Methods offered, Stripe onboarding, PayPal e-mail, minimum, "
            + "and the earnings available and pending per currency.")
    public PayoutAccountView account() {
        return accounts.view(jwt.getSubject());
    }

    @PUT
    @RolesAllowed("EXPERT")
    @Path("/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set my PayPal e-mail")
    public PayoutAccountView update(@NotNull(message = "a JSON body is required") @Valid AccountUpdate body) {
        return accounts.setPaypalEmail(jwt.getSubject(), body.paypalEmail().strip());
    }

    @POST
    @RolesAllowed("EXPERT")
    @Path("/account/onboarding")
    @Operation(summary = "Start or continue Stripe onboarding", description = "A one-time link to Stripe's hosted "
            + "onboarding (Stripe Connect Express). 409 when Stripe payouts are not offered.")
    public Link onboarding() {
        return new Link(accounts.onboardingLink(jwt.getSubject(), appUrl.of(uriInfo)));
    }

    @POST
    @RolesAllowed("EXPERT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a payout", description = "Held off the earnings at once; 409 below the minimum, beyond "
            + "the available earnings, or when the method cannot be used yet.")
    public Response request(@NotNull(message = "a JSON body is required") @Valid PayoutRequest body) {
        PayoutView p = PayoutView.of(payouts.request(jwt.getSubject(), body.amount(), body.currency(),
                body.method() == null ? null : PayoutMethod.valueOf(body.method())));
        return Response.created(URI.create("payouts/" + p.id())).entity(p).build();
    }

    @GET
    @RolesAllowed("EXPERT")
    @Operation(summary = "My payouts", description = "Newest first.")
    public Page<PayoutView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String me = jwt.getSubject();
        return new Page<>(payouts.page(me, null, page, size).stream().map(PayoutView::of).toList(),
                payouts.count(me, null), page, size);
    }
}
