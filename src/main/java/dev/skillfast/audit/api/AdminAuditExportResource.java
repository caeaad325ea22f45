package dev.skillfast.audit.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditFilter;
import dev.skillfast.audit.domain.AuditLog;
import dev.skillfast.platform.web.CsvExport;

/** {@code /admin/audit.csv}: a path of its own, beside (not below) {@link AdminAuditResource}'s. */
@Path("/admin/audit.csv")
@RequestScoped
@Tag(name = "Administration")
public class AdminAuditExportResource {

    @Inject
    AuditLog log;

    @GET
    @Produces("text/csv")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The audit log as CSV", description = "Same filters as the list, every record, with its hashes.")
    public Response csv(@QueryParam("actor") @Size(max = 254) String actor,
                        @QueryParam("action") @Size(max = 64) String action,
                        @QueryParam("target") @Size(max = 128) String target,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = AdminAuditResource.filter(actor, action, target, from, to);
        return CsvExport.download("skillfast-audit.csv",
                List.of("seq", "at", "actorId", "actorName", "action", "targetType", "targetId", "before", "after",
                        "reason", "clientAddress", "requestId", "previousHash", "hash"),
                sheet -> log.each(filter, r -> sheet.row(r.seq(), r.at().toString(), r.actorId(), r.actorName(), r.action(),
                        r.targetType(), r.targetId(), r.before(), r.after(), r.reason(), r.clientAddress(), r.requestId(),
                        r.previousHash(), r.hash())));
    }
}
