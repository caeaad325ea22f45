package dev.skillfast.experts.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.VerificationStatus;
import dev.skillfast.platform.rest.Page;

/** The verification queue. */
@Path("/admin/experts")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminExpertsResource {

    @Inject
    AuditTrail audit;

    @Inject
    ExpertService experts;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Profiles by verification status", description = "Oldest change first.")
    public Page<ExpertResponses.Profile> list(@QueryParam("status") @DefaultValue("PENDING")
                                              @Pattern(regexp = "PENDING|VERIFIED|REJECTED",
                                                      message = "must be PENDING, VERIFIED or REJECTED") String status,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        VerificationStatus wanted = VerificationStatus.valueOf(status);
        return new Page<>(experts.queue(wanted, page, size).stream()
                .map(p -> ExpertResponses.profile(p, experts.avatarUrl(p), experts.emailOf(p.id()))).toList(),
                experts.queueSize(wanted), page, size);
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify or reject a profile", description = "A reason is required to reject; the expert sees it.")
    public ExpertResponses.Profile review(@PathParam("id") @Size(max = 64) String id,
                                          @NotNull(message = "a JSON body is required") @Valid ExpertRequests.Verification body) {
        ExpertProfile previous = experts.find(id).orElse(null);
        ExpertProfile reviewed = experts.review(id, VerificationStatus.valueOf(body.status()), body.reason());
        audit.adminAction(AuditAction.EXPERT_VERIFICATION, "expert", id, previous == null ? null : verification(previous),
                verification(reviewed), body.reason());
        return ExpertResponses.profile(reviewed, experts.avatarUrl(reviewed), experts.emailOf(id));
    }

    /** A profile's verification, as the audit log keeps it. */
    private static java.util.Map<String, Object> verification(ExpertProfile profile) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("status", profile.status().name());
        fields.put("reason", profile.statusReason());
        return fields;
    }
}
