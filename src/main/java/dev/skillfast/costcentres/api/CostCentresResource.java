package dev.skillfast.costcentres.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.costcentres.domain.ApprovalState;
import dev.skillfast.costcentres.domain.Approvals;
import dev.skillfast.costcentres.domain.CostCentres;
import dev.skillfast.platform.problem.Problem;

/** Cost centres as their members and approvers use them: which they may charge, and the approvers' inbox. */
@Path("/cost-centres")
@RequestScoped
@Tag(name = "Cost centres")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CostCentresResource {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    @Inject
    CostCentres centres;

    @Inject
    Approvals approvals;

    @Inject
    CostCentreViews views;

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @GET
    @Path("mine")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My cost centres", description = "The centres the caller belongs to (may charge) or approves "
            + "for, with what is left of this month's budget.")
    public List<UsableCentreResponse> mine() {
        return centres.usableBy(jwt.getSubject()).stream().map(UsableCentreResponse::of).toList();
    }

    @GET
    @Path("approvals")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "Approvers' inbox", description = "Sessions above the per-session limit of the centres the caller "
            + "approves for (every centre, for an administrator), newest first; PENDING unless another state is asked. "
            + "New ones arrive live as approval.requested frames.")
    public List<ApprovalResponse> inbox(@QueryParam("state") @Pattern(regexp = "PENDING|APPROVED|REJECTED|EXPIRED|USED",
            message = "must be PENDING, APPROVED, REJECTED, EXPIRED or USED") String state) {
        ApprovalState wanted = state == null ? ApprovalState.PENDING : ApprovalState.valueOf(state);
        return approvals.inbox(jwt.getSubject(), admin(), wanted).stream().map(views::approval).toList();
    }

    @GET
    @Path("{code}/approvals/{id}")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "One approval", description = "For the client who asked, the centre's approvers and administrators.")
    public ApprovalResponse approval(@PathParam("code") @Pattern(regexp = AdminCostCentresResource.CODE) String code,
                                     @PathParam("id") @Pattern(regexp = ID) String id) {
        return views.approval(approvals.view(code, id, jwt.getSubject(), admin()));
    }

    @POST
    @Path("{code}/approvals/{id}/approve")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a session above the limit", description = "By one of the centre's approvers (or an "
            + "administrator) while it is PENDING. The client is told live (approval.decided) and may then start the "
            + "session with the approval's id, within the approval timeout; it may cost up to the expected cost.")
    @APIResponse(responseCode = "409", description = "Already answered, or its time ran out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalResponse approve(@PathParam("code") @Pattern(regexp = AdminCostCentresResource.CODE) String code,
                                    @PathParam("id") @Pattern(regexp = ID) String id, @Valid DecisionRequest body) {
        return views.approval(approvals.decide(code, id, jwt.getSubject(), admin(), true, note(body)));
    }

    @POST
    @Path("{code}/approvals/{id}/reject")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a session above the limit", description = "As approve; the client is told, with the note.")
    @APIResponse(responseCode = "409", description = "Already answered, or its time ran out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApprovalResponse reject(@PathParam("code") @Pattern(regexp = AdminCostCentresResource.CODE) String code,
                                   @PathParam("id") @Pattern(regexp = ID) String id, @Valid DecisionRequest body) {
        return views.approval(approvals.decide(code, id, jwt.getSubject(), admin(), false, note(body)));
    }

    private boolean admin() {
        return security.isUserInRole("ADMIN");
    }

    private static String note(DecisionRequest body) {
        return body == null || body.note() == null || body.note().isBlank() ? null : body.note().strip();
    }
}
