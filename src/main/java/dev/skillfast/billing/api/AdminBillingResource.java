package dev.skillfast.billing.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.billing.domain.BookCheck;
import dev.skillfast.billing.domain.JournalEntry;
import dev.skillfast.billing.domain.Ledger;
import dev.skillfast.billing.domain.SessionBilling;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.PlainText;

/** The books, for administrators: credit grants, the ledger check, and a billing sweep on demand. */
@Path("/admin")
@RequestScoped
@Tag(name = "Admin: billing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminBillingResource {

    @Inject
    AuditTrail audit;

    @Inject
    Wallets wallets;

    @Inject
    Ledger ledger;

    @Inject
    SessionBilling billing;

    @Inject
    JsonWebToken jwt;

    @Inject
    java.time.Clock clock;

    /** A credit grant. */
    @Schema(name = "GrantRequest")
    public record GrantRequest(@NotBlank(message = "is required") @Size(max = 64) String userId,
                               @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 (minor units)")
                               @Max(value = Wallets.MAX_GRANT, message = "must be at most 100000000 (minor units)") Long amount,
                               @NotBlank(message = "is required") @CurrencyCode String currency,
                               @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
                               @PlainText String reason) {
    }

    @Schema(name = "Grant")
    public record Grant(String id, String userId, long amount, String currency, String reason,
                        @Schema(description = "The wallet's balance after the grant") long balance, Instant createdAt) {
    }

    @POST
    @Path("/grants")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Credit a wallet", description = "Journals a GRANT from external funding to the user's wallet. "
            + "With an Idempotency-Key header, a retried request grants once.")
    public Response grant(@NotNull(message = "a JSON body is required") @Valid GrantRequest body,
                          @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        long balanceBefore = wallets.balance(body.userId(), body.currency());
        Instant asked = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // what the journal keeps
        JournalEntry entry = wallets.grant(jwt.getSubject(), body.userId(), body.amount(), body.currency(),
                body.reason().strip(), idempotencyKey);
        Grant grant = new Grant(entry.id(), body.userId(), body.amount(), body.currency(), entry.reason(),
                wallets.balance(body.userId(), body.currency()), entry.createdAt());
        if (!entry.createdAt().isBefore(asked)) { // else a retried request (same Idempotency-Key) granted nothing new
            audit.adminAction(AuditAction.GRANT_CREATE, "user", body.userId(),
                    java.util.Map.of("balance", balanceBefore, "currency", body.currency()), grant, entry.reason());
        }
        return Response.created(URI.create("admin/grants/" + entry.id())).entity(grant).build();
    }

    @Schema(name = "LedgerCheck")
    public record Check(List<BookCheck.Difference> differences, int accounts, long entries, Instant checkedAt) {
    }

    @GET
    @Path("/ledger/check")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Check the books", description = "Recomputes every account from the journal; differences is "
            + "empty when all is well.")
    public Check check() {
        BookCheck.Report report = ledger.check();
        return new Check(report.differences(), report.accounts(), report.entries(), clock.instant());
    }

    @POST
    @Path("/billing/sweep")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Run a billing sweep now", description = "What the timer does every few seconds: charge the "
            + "units that came due and settle ended sessions whose settlement was missed. Safe to run at any time, also concurrently: each unit is charged once. Answers "
            + "what it did: sessions read, those whose next look (a unit or a \"both connected\" refresh) had come "
            + "(sessions), units charged (charges), \"both connected\" times "
            + "refreshed (seen), and how long reading the sessions (readMillis) and the whole sweep (millis) took.")
    public SessionBilling.SweepReport sweep() {
        SessionBilling.SweepReport report = billing.sweep();
        audit.adminAction(AuditAction.BILLING_SWEEP, "billing", null, null, report, null);
        return report;
    }
}
