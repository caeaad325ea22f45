package dev.skillfast.payments.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import dev.skillfast.payments.api.PaymentResponses.TopupView;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.domain.TopupFilter;
import dev.skillfast.payments.domain.Topups;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.platform.web.AppUrl;

/** A client's top-ups: money into the wallet through a payment provider. */
@Path("/wallet/topups")
@RequestScoped
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("CLIENT")
public class TopupResource {

    @Inject
    Topups topups;

    @Inject
    AppUrl appUrl;

    @Inject
    JsonWebToken jwt;

    @Context
    UriInfo uriInfo;

    @Schema(name = "TopupRequest")
    public record TopupRequest(@NotBlank(message = "is required") @Pattern(regexp = "STRIPE|PAYPAL|DEMO",
            message = "must be STRIPE, PAYPAL or DEMO") String provider,
                               @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 (minor units)")
                               Long amount,
                               @NotBlank(message = "is required") @CurrencyCode String currency) {
    }

    @POST
    @RolesAllowed("CLIENT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add funds", description = "Opens a payment at the provider and answers where to send the "
            + "client (redirectUrl). The Idempotency-Key header is required: a retry with the same key answers the same "
            + "top-up. The wallet is credited when the provider confirms the payment.")
    public Response create(@NotNull(message = "a JSON body is required") @Valid TopupRequest body,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        IdempotencyKeys.require(idempotencyKey);
        Topup t = topups.create(jwt.getSubject(), Provider.valueOf(body.provider()), body.amount(), body.currency(),
                idempotencyKey, appUrl.of(uriInfo));
        return Response.created(URI.create("wallet/topups/" + t.id())).entity(TopupView.of(t)).build();
    }

    @GET
    @RolesAllowed("CLIENT")
    @Operation(summary = "My top-ups", description = "Newest first.")
    public Page<TopupView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        TopupFilter mine = TopupFilter.ofUser(jwt.getSubject());
        return new Page<>(topups.page(mine, page, size).stream().map(TopupView::of).toList(), topups.count(mine), page, size);
    }

    @GET
    @RolesAllowed("CLIENT")
    @Path("/{id}")
    @Operation(summary = "One of my top-ups")
    public TopupView get(@PathParam("id") @Size(max = 64) String id) {
        return TopupView.of(topups.get(jwt.getSubject(), id));
    }

    @POST
    @RolesAllowed("CLIENT")
    @Path("/{id}/capture")
    @Operation(summary = "Complete an approved payment", description = "After the client approved it at PayPal: "
            + "captures the order (idempotent). Other providers: answers the top-up as it is.")
    public TopupView capture(@PathParam("id") @Size(max = 64) String id) {
        return TopupView.of(topups.capture(jwt.getSubject(), id));
    }

    @POST
    @RolesAllowed("CLIENT")
    @Path("/{id}/cancel")
    @Operation(summary = "The client cancelled at the provider", description = "Closes the provider's page where it "
            + "can; a PENDING top-up then ends EXPIRED or FAILED, a paid one stays paid.")
    public TopupView cancel(@PathParam("id") @Size(max = 64) String id) {
        return TopupView.of(topups.cancel(jwt.getSubject(), id));
    }
}
