package dev.skillfast.payments.api;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.payments.api.PaymentResponses.AdminTopupView;
import dev.skillfast.payments.api.PaymentResponses.EventView;
import dev.skillfast.payments.api.PaymentResponses.RefundView;
import dev.skillfast.payments.domain.PaymentHistory;
import dev.skillfast.payments.domain.Provider;
import dev.skillfast.payments.domain.Refund;
import dev.skillfast.payments.domain.Refunds;
import dev.skillfast.payments.domain.Topup;
import dev.skillfast.payments.domain.TopupFilter;
import dev.skillfast.payments.domain.TopupStatus;
import dev.skillfast.payments.domain.Topups;
import dev.skillfast.platform.input.PlainText;
import dev.skillfast.platform.rest.Page;

/** Top-ups for administrators: the list, one with its refunds and provider events, refunds, flags. */
@Path("/admin/topups")
@RequestScoped
@Tag(name = "Admin: payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminTopupResource {

    @Inject
    AuditTrail audit;

    static final String STATUSES = "PENDING|SUCCEEDED|FAILED|EXPIRED|REFUNDED|PARTIALLY_REFUNDED";

    @Inject
    Topups topups;

    @Inject
    Refunds refunds;

    @Inject
    PaymentHistory history;

    @Inject
    AccountService users;

    @Inject
    JsonWebToken jwt;

    @Schema(name = "RefundRequest")
    public record RefundRequest(@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 (minor units)")
                                Long amount,
                                @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                                @PlainText String reason) {
    }

    @Schema(name = "ResolveRequest")
    public record ResolveRequest(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                                 @PlainText String note) {
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Top-ups", description = "Newest first; flagged=true lists those an administrator should look at.")
    public Page<AdminTopupView> list(@QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
                                     String status,
                                     @QueryParam("provider") @Pattern(regexp = "STRIPE|PAYPAL|DEMO",
                                             message = "must be STRIPE, PAYPAL or DEMO") String provider,
                                     @QueryParam("flagged") @Pattern(regexp = "true|false", message = "must be true or false")
                                     String flagged,
                                     @QueryParam("userId") @Size(max = 64) String userId,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        TopupFilter filter = new TopupFilter(userId, status == null ? null : TopupStatus.valueOf(status),
                provider == null ? null : Provider.valueOf(provider), flagged == null ? null : Boolean.valueOf(flagged));
        return new Page<>(topups.page(filter, page, size).stream().map(t -> view(t, false)).toList(), topups.count(filter),
                page, size);
    }

    @GET
    @RolesAllowed("ADMIN")
    @Path("/{id}")
    @Operation(summary = "One top-up", description = "With its refunds and the provider events recorded for it.")
    public AdminTopupView get(@PathParam("id") @Size(max = 64) String id) {
        return view(topups.find(id), true);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/{id}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund a top-up", description = "At most what is still unspent in that wallet and refundable on "
            + "that top-up (else 409). Held off the wallet at once, refunded at the provider, posted as REFUND when the "
            + "provider confirms. An Idempotency-Key header makes a retry refund once.")
    public Response refund(@PathParam("id") @Size(max = 64) String id,
                           @NotNull(message = "a JSON body is required") @Valid RefundRequest body,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null) {
            IdempotencyKeys.require(idempotencyKey);
        }
        AdminTopupView before = view(topups.find(id), false);
        Refund r = refunds.request(jwt.getSubject(), id, body.amount(), body.reason().strip(), idempotencyKey);
        RefundView refund = RefundView.of(r);
        audit.adminAction(AuditAction.TOPUP_REFUND, "topup", id, before, refund, body.reason().strip());
        return Response.created(URI.create("admin/topups/" + id)).entity(refund).build();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a flagged top-up", description = "Clears the flag with a note; a flagged top-up still "
            + "PENDING ends FAILED (settle the money by a grant or refund as the note says).")
    public AdminTopupView resolve(@PathParam("id") @Size(max = 64) String id,
                                  @NotNull(message = "a JSON body is required") @Valid ResolveRequest body) {
        AdminTopupView before = view(topups.find(id), false);
        AdminTopupView after = view(topups.resolve(jwt.getSubject(), id, body.note().strip()), true);
        audit.adminAction(AuditAction.TOPUP_RESOLVE, "topup", id, before, after, body.note().strip());
        return after;
    }

    private AdminTopupView view(Topup t, boolean detailed) {
        User user = PaymentResponses.userOrNull(users, t.userId());
        List<RefundView> refundViews = detailed ? refunds.ofTopup(t.id()).stream().map(RefundView::of).toList() : null;
        List<EventView> events = detailed ? history.eventsOf(t.id()).stream().map(EventView::of).toList() : null;
        return AdminTopupView.of(t, user, refundViews, events);
    }
}
