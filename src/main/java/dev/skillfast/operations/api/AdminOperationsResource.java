package dev.skillfast.operations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.operations.domain.OperationsFigures;

/** The operations console's live figures. */
@Path("/admin/operations")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOperationsResource {

    @Inject
    OperationsFigures figures;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The desk right now", description = "Connected users (every server of a cluster) and "
            + "connections (this server), experts ONLINE in all and per active category, session requests waiting for "
            + "an expert's answer, ACTIVE sessions, the last billing sweep (any server's; healthy when one ran within "
            + "three sweep intervals) and whether the database is ready.")
    public OperationsFigures.Figures now() {
        return figures.now();
    }
}
