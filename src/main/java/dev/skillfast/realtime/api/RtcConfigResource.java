package dev.skillfast.realtime.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.realtime.domain.IceServers;

/** The ICE servers for WebRTC calls. */
@Path("/rtc/config")
@RequestScoped
@Tag(name = "Realtime")
@Produces(MediaType.APPLICATION_JSON)
public class RtcConfigResource {

    @Inject
    IceServers iceServers;

    @Inject
    JsonWebToken jwt;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "ICE servers for calls", description = "Use as RTCConfiguration.iceServers. STUN and TURN come "
            + "from configuration; TURN credentials are static or time-limited (coturn's REST API scheme, expiresAt "
            + "says until when). An empty list is right on a single network.")
    public Response config() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(iceServers.forUser(jwt.getSubject())).cacheControl(noStore).build();
    }
}
