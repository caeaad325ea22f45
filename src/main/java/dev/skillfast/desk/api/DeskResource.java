package dev.skillfast.desk.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.desk.domain.DeskQueue;
import dev.skillfast.desk.domain.DeskRequest;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.sessions.domain.Session;

/** "Ask the desk": a client waits in a category's queue until one of its experts picks the request. */
@Path("/desk")
@RequestScoped
@Tag(name = "Desk")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DeskResource {

    private static final String ID = "[A-Za-z0-9-]{1,64}";

    @Inject
    DeskQueue desk;

    @Inject
    JsonWebToken jwt;

    @jakarta.ws.rs.core.Context
    SecurityContext security;

    @POST
    @Path("/requests")
    @RolesAllowed("CLIENT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the desk", description = "Joins the category's queue; one waiting request per client. "
            + "It expires after skillfast.desk.max-wait (15 minutes by default).")
    @APIResponse(responseCode = "201", description = "Waiting, with its position and estimated wait",
            content = @Content(schema = @Schema(implementation = DeskRequestResponse.class)))
    @APIResponse(responseCode = "409", description = "The client already has a request waiting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response join(@NotNull(message = "a JSON body is required") @Valid DeskJoinRequest body) {
        DeskQueue.Status status = desk.join(jwt.getSubject(), body.category(), Channel.valueOf(body.channel()),
                body.description().strip(), body.costCentre());
        return Response.created(URI.create("desk/requests/" + status.request().id()))
                .entity(DeskRequestResponse.of(status)).build();
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed({"CLIENT", "ADMIN"})
    @Operation(summary = "A desk request", description = "Its client's (or an administrator's) view: state, and "
            + "while waiting its position and estimated wait; once picked, the session.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = DeskRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "No such request of this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeskRequestResponse get(@PathParam("id") @Pattern(regexp = ID) String id) {
        return DeskRequestResponse.of(desk.view(id, jwt.getSubject(), security.isUserInRole("ADMIN")));
    }

    @POST
    @Path("/requests/{id}/cancel")
    @RolesAllowed("CLIENT")
    @Operation(summary = "Leave the queue", description = "WAITING → CANCELLED; 409 once picked or expired.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = DeskRequestResponse.class)))
    @APIResponse(responseCode = "409", description = "No longer waiting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeskRequestResponse cancel(@PathParam("id") @Pattern(regexp = ID) String id) {
        return DeskRequestResponse.of(desk.cancel(id, jwt.getSubject()));
    }

    @POST
    @Path("/requests/{id}/follow-up")
    @RolesAllowed("CLIENT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leave a message on an expired request", description = "Mailed to the category's experts "
            + "with the client's address, so one can follow up by e-mail; once per request, and only where the desk "
            + "sends mail (else 409).")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "409", description = "Not expired, already left, or no mail on this desk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response followUp(@PathParam("id") @Pattern(regexp = ID) String id,
                             @NotNull(message = "a JSON body is required") @Valid DeskFollowUpRequest body) {
        desk.followUp(id, jwt.getSubject(), body.message().strip());
        return Response.noContent().build();
    }

    @GET
    @Path("/queue")
    @RolesAllowed("EXPERT")
    @Operation(summary = "A category's queue", description = "For its verified experts: the waiting requests, first "
            + "come first.")
    @APIResponse(responseCode = "200", description = "The waiting requests")
    @APIResponse(responseCode = "403", description = "Not a verified expert of this category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeskRequestResponse> queue(@QueryParam("category") @NotBlank @Size(max = 64) String category) {
        List<DeskRequest> waiting = desk.queue(category, jwt.getSubject());
        List<DeskRequestResponse> out = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            out.add(DeskRequestResponse.inQueue(waiting.get(i), i + 1));
        }
        return out;
    }

    @POST
    @Path("/requests/{id}/pick")
    @RolesAllowed("EXPERT")
    @Operation(summary = "Pick a request", description = "For a verified, online expert of its category: the request "
            + "becomes an ordinary session, accepted at once (the client's wallet must cover its start). Of two "
            + "experts picking one request, exactly one wins; the other gets 409.")
    @APIResponse(responseCode = "201", description = "The session",
            content = @Content(schema = @Schema(implementation = DeskPickResponse.class)))
    @APIResponse(responseCode = "402", description = "The client's wallet does not cover the start (the request ends)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No longer waiting, or the expert is busy or offline",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pick(@PathParam("id") @Pattern(regexp = ID) String id) {
        Session session = desk.pick(id, jwt.getSubject());
        return Response.created(URI.create("sessions/" + session.id()))
                .entity(new DeskPickResponse(id, session.id(), session.state().name())).build();
    }
}
