package dev.skillfast.desk.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.desk.domain.DeskFigures;
import dev.skillfast.desk.domain.DeskQueue;

/** The desk's figures for administrators. */
@Path("/admin/desk")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminDeskResource {

    @Inject
    DeskQueue desk;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Desk figures", description = "Per category: requests waiting now; since the start of today "
            + "(UTC) the requests picked, cancelled and expired, and the wait before a pick (p50, p90, seconds).")
    @APIResponse(responseCode = "200", description = "The figures")
    public List<DeskFigures> figures() {
        return desk.figuresToday();
    }
}
