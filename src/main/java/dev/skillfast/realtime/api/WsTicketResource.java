package dev.skillfast.realtime.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.realtime.domain.Tickets;

/** Trades the access token for a WebSocket ticket (see docs/realtime-protocol.md). */
@Path("/ws-ticket")
@RequestScoped
@Tag(name = "Realtime")
@Produces(MediaType.APPLICATION_JSON)
public class WsTicketResource {

    public record TicketResponse(String ticket, Instant expiresAt) {
    }

    @Inject
    Tickets tickets;

    @Inject
    JsonWebToken jwt;

    @POST
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "A ticket to open the WebSocket", description = "Single use, valid 30 seconds: connect to "
            + "/ws?ticket=… with it.")
    public Response issue() {
        String role = jwt.getGroups().stream().findFirst().orElseThrow();
        Tickets.Issued issued = tickets.issue(jwt.getSubject(), role);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED).cacheControl(noStore)
                .entity(new TicketResponse(issued.ticket(), issued.expiresAt())).build();
    }
}
