package dev.skillfast.payments.api;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.payments.api.PaymentResponses.AdminPayoutView;
import dev.skillfast.payments.domain.Payout;
import dev.skillfast.payments.domain.PayoutStatus;
import dev.skillfast.payments.domain.Payouts;
import dev.skillfast.platform.input.PlainText;
import dev.skillfast.platform.input.SingleLine;
import dev.skillfast.platform.rest.Page;

/** The payout queue, for administrators. */
@Path("/admin/payouts")
@RequestScoped
@Tag(name = "Admin: payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminPayoutResource {

    @Inject
    AuditTrail audit;

    static final String STATUSES = "REQUESTED|PROCESSING|PAID|REJECTED|FAILED";

    @Inject
    Payouts payouts;

    @Inject
    AccountService users;

    @Inject
    JsonWebToken jwt;

    @Schema(name = "PayoutApproval")
    public record Approval(@Size(max = 200, message = "must be at most 200 characters") @SingleLine String reference) {
    }

    @Schema(name = "PayoutRejection")
    public record Rejection(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                            @PlainText String reason) {
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Payouts", description = "Oldest first (a queue); ?status=REQUESTED for those awaiting a decision.")
    public Page<AdminPayoutView> list(@QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
                                      String status,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        PayoutStatus wanted = status == null ? null : PayoutStatus.valueOf(status);
        return new Page<>(payouts.page(null, wanted, page, size).stream().map(this::view).toList(),
                payouts.count(null, wanted), page, size);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a payout", description = "MANUAL: marks it paid (a reference is required). STRIPE and "
            + "PAYPAL: sends it; it becomes PAID when the provider confirms. 409 unless REQUESTED.")
    public AdminPayoutView approve(@PathParam("id") @Size(max = 64) String id, @Valid Approval body) {
        String reference = body == null || body.reference() == null ? null : body.reference().strip();
        AdminPayoutView before = view(payouts.get(id));
        AdminPayoutView after = view(payouts.approve(jwt.getSubject(), id, reference));
        audit.adminAction(AuditAction.PAYOUT_APPROVE, "payout", id, before, after, reference);
        return after;
    }

    @POST
    @RolesAllowed("ADMIN")
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a payout", description = "The amount goes back to the expert's earnings. 409 unless REQUESTED.")
    public AdminPayoutView reject(@PathParam("id") @Size(max = 64) String id,
                                  @NotNull(message = "a JSON body is required") @Valid Rejection body) {
        AdminPayoutView before = view(payouts.get(id));
        AdminPayoutView after = view(payouts.reject(jwt.getSubject(), id, body.reason().strip()));
        audit.adminAction(AuditAction.PAYOUT_REJECT, "payout", id, before, after, body.reason().strip());
        return after;
    }

    private AdminPayoutView view(Payout p) {
        User expert = PaymentResponses.userOrNull(users, p.expertId());
        return AdminPayoutView.of(p, expert);
    }
}
