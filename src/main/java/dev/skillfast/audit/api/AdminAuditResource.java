package dev.skillfast.audit.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditFilter;
import dev.skillfast.audit.domain.AuditLog;
import dev.skillfast.audit.domain.ChainCheck;
import dev.skillfast.platform.input.DayParameters;
import dev.skillfast.platform.rest.Page;

/** The audit log, read only: there is no endpoint that changes or removes a record. */
@Path("/admin/audit")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The audit log", description = "Every administrator action and security event, newest first. "
            + "actor: an actor's id or e-mail; action: an action code (GET /api/admin/audit/actions); target: a target's "
            + "id; from and to: dates (UTC, inclusive).")
    public Page<AuditRecordView> list(@QueryParam("actor") @Size(max = 254) String actor,
                                      @QueryParam("action") @Size(max = 64) String action,
                                      @QueryParam("target") @Size(max = 128) String target,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        AuditFilter filter = filter(actor, action, target, from, to);
        return new Page<>(log.find(filter, page, size).stream().map(AuditRecordView::of).toList(), log.count(filter),
                page, size);
    }

    @GET
    @Path("/actions")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The audit log's action codes")
    public List<String> actions() {
        return AuditAction.codes();
    }

    @GET
    @Path("/verify")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Verify the audit log's hash chain", description = "Walks every record from the first: each "
            + "must follow the one before (no seq missing), name its hash and still match its own. Answers intact, or "
            + "the first break (problem: missing, unlinked or altered). lastSeq and lastHash, noted elsewhere, also "
            + "reveal records cut from the end.")
    public ChainCheck verify() {
        return log.verify();
    }

    static AuditFilter filter(String actor, String action, String target, String from, String to) {
        return new AuditFilter(blankToNull(actor), blankToNull(action), blankToNull(target),
                DayParameters.day(from, "from", 0), DayParameters.day(to, "to", 1));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
