package dev.skillfast.sessions.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.input.DayParameters;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.SessionFilter;
import dev.skillfast.sessions.domain.SessionOverview;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;

/** The operations console's sessions: every session, and ending one with a reason both participants are told. */
@Path("/admin/sessions")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSessionsResource {

    @Inject
    AuditTrail audit;

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    @Inject
    SessionOverview overview;

    @Inject
    SessionService sessions;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Every session", description = "Newest first, with each participant's connection while ACTIVE. "
            + "from and to are dates (UTC, inclusive) of the request; ACTIVE ones carry their billing so far (units, cost). "
            + "Administrators connected to /ws get every change as it happens (ops.session frames, the same shape as an item).")
    public Page<AdminSessionView> list(
            @QueryParam("state") @Pattern(regexp = "REQUESTED|ACTIVE|DECLINED|EXPIRED|CANCELLED|ENDED",
                    message = "must be REQUESTED, ACTIVE, DECLINED, EXPIRED, CANCELLED or ENDED") String state,
            @QueryParam("channel") @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO") String channel,
            @QueryParam("expertId") @Pattern(regexp = ID, message = "is not a user id") String expertId,
            @QueryParam("clientId") @Pattern(regexp = ID, message = "is not a user id") String clientId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        SessionFilter filter = new SessionFilter(state == null ? null : SessionState.valueOf(state),
                channel == null ? null : Channel.valueOf(channel), expertId, clientId,
                DayParameters.day(from, "from", 0), DayParameters.day(to, "to", 1));
        List<Session> found = overview.find(filter, page, size);
        Map<String, SessionCharges> charges = sessions.chargesOf(found);
        return new Page<>(found.stream().map(s -> AdminSessionView.of(s, charges.getOrDefault(s.id(), SessionCharges.NONE)))
                .toList(), overview.count(filter), page, size);
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an active session", description = "ACTIVE → ENDED with endReason ADMIN and the reason as "
            + "endNote, settled like any other end; both participants get session.ended with it at once.")
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is not ACTIVE (it ended meanwhile, or never started)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionResponse end(@PathParam("id") @Pattern(regexp = ID) String id,
                               @NotNull(message = "a JSON body is required") @Valid AdminEndRequest body) {
        SessionResponse before = sessions.find(id).map(s -> SessionResponse.of(s, sessions.chargesOf(s))).orElse(null);
        Session ended = sessions.endByAdmin(id, body.reason().strip());
        SessionResponse after = SessionResponse.of(ended, sessions.chargesOf(ended));
        audit.adminAction(AuditAction.SESSION_END, "session", id, before, after, body.reason().strip());
        return after;
    }
}
