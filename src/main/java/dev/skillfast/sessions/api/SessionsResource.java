package dev.skillfast.sessions.api;

import java.net.URI;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionAsking;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;

/** The lifecycle of a consultation; live traffic (chat, calls) goes over the WebSocket at /ws. */
@Path("/sessions")
@RequestScoped
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    @Inject
    SessionService sessions;

    @Inject
    SessionAsking asking;

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed("CLIENT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask an expert for a session", description = "The expert must be online, verified and offer the "
            + "channel; a client has at most one requested or active session. The expert is notified at once and has "
            + "the request timeout (60 s by default) to accept.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "402", description = "The payer (wallet or cost centre budget) does not cover the first minutes (see "
            + "skillfast.billing.min-units-to-start); the problem's missing names the amount",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The expert is offline or busy, does not offer the channel, or the "
            + "client already has an open session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "202", description = "Paid by a cost centre and expected to pass its per-session limit: "
            + "an approver must approve first (live frame approval.decided); then ask again with the approval's id",
            content = @Content(schema = @Schema(implementation = AwaitingApprovalResponse.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a member of the cost centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(@NotNull(message = "a JSON body is required") @Valid StartSessionRequest body) {
        SessionAsking.Asked asked = asking.ask(jwt.getSubject(), body.expertId(), Channel.valueOf(body.channel()),
                FundedByRequest.choice(body.fundedBy(), body.expectedMinutes()));
        if (asked.awaiting() != null) {
            AwaitingApprovalResponse waiting = AwaitingApprovalResponse.of(asked.awaiting());
            // JAX-RS resolves a relative Location against the application's base URI (/api/)
            return Response.accepted(waiting).location(URI.create(waiting.approval().location().substring("/api/".length())))
                    .build();
        }
        SessionResponse created = view(asked.session());
        return Response.created(URI.create("sessions/" + created.id())).entity(created).build(); // → /api/sessions/{id}
    }

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My sessions", description = "The sessions the caller took part in, newest first.")
    public Page<SessionResponse> mine(@QueryParam("state") @Pattern(regexp = "REQUESTED|ACTIVE|DECLINED|EXPIRED|CANCELLED|ENDED",
                                              message = "must be REQUESTED, ACTIVE, DECLINED, EXPIRED, CANCELLED or ENDED") String state,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        SessionState wanted = state == null ? null : SessionState.valueOf(state);
        String me = jwt.getSubject();
        List<Session> found = sessions.mine(me, wanted, page, size);
        Map<String, SessionCharges> charges = sessions.chargesOf(found);
        return new Page<>(found.stream().map(s -> SessionResponse.of(s, charges.getOrDefault(s.id(), SessionCharges.NONE)))
                .toList(), sessions.countMine(me, wanted), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "One session", description = "For its two participants and administrators; 404 for anyone else.")
    public SessionResponse get(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(sessions.view(id, jwt.getSubject(), security.isUserInRole("ADMIN")));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed("EXPERT")
    @Operation(summary = "Accept a request", description = "REQUESTED → ACTIVE. 409 when it was cancelled, expired or "
            + "answered meanwhile, or when the expert already has an active session.")
    public SessionResponse accept(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(sessions.accept(id, jwt.getSubject()));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed("EXPERT")
    @Operation(summary = "Decline a request", description = "REQUESTED → DECLINED.")
    public SessionResponse decline(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(sessions.decline(id, jwt.getSubject()));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed("CLIENT")
    @Operation(summary = "Withdraw a request", description = "REQUESTED → CANCELLED, by the client who made it.")
    public SessionResponse cancel(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(sessions.cancel(id, jwt.getSubject()));
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "End an active session", description = "ACTIVE → ENDED, by either participant (reason CLIENT or "
            + "EXPERT) or an administrator (ADMIN).")
    public SessionResponse end(@PathParam("id") @Pattern(regexp = ID) String id) {
        return view(sessions.end(id, jwt.getSubject(), security.isUserInRole("ADMIN")));
    }

    private SessionResponse view(Session session) {
        return SessionResponse.of(session, sessions.chargesOf(session));
    }
}
