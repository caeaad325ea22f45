package dev.skillfast.billing.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.billing.domain.Books;
import dev.skillfast.billing.domain.JournalQuery;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.platform.web.CsvExport;

/** {@code /admin/journal.csv}: a path of its own, beside (not below) {@link AdminJournalResource}'s. */
@Path("/admin/journal.csv")
@RequestScoped
@Tag(name = "Admin: billing")
public class AdminJournalExportResource {

    @Inject
    Books books;

    @GET
    @Produces("text/csv")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The journal as CSV", description = "Same filters as the list; one row per posting.")
    public Response csv(@QueryParam("type") @Pattern(regexp = AdminJournalResource.TYPES,
                                message = AdminJournalResource.TYPES_MESSAGE) String type,
                        @QueryParam("status") @Pattern(regexp = AdminJournalResource.STATUSES,
                                message = AdminJournalResource.STATUSES_MESSAGE) String status,
                        @QueryParam("account") @Size(max = 200) String account,
                        @QueryParam("sessionId") @Size(max = 64) String sessionId,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        JournalQuery query = AdminJournalResource.query(type, status, account, sessionId, from, to);
        return CsvExport.download("skillfast-journal.csv",
                List.of("entryId", "createdAt", "type", "status", "currency", "account", "amount", "sessionId", "minute",
                        "reason", "createdBy", "key"),
                sheet -> books.eachEntry(query, e -> e.postings().forEach(p -> sheet.row(e.id(), e.createdAt().toString(),
                        e.type().name(), e.status().name(), e.currency(), p.account(), Money.decimal(p.amount(), e.currency()),
                        e.sessionId(), e.unitIndex() == null ? null : e.unitIndex() + 1, e.reason(), e.createdBy(),
                        e.idempotencyKey()))));
    }
}
