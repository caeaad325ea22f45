package dev.skillfast.it.incontainer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.skillfast.platform.errors.ConflictException;

/** Test-only endpoints that fail the ways feature code fails, to check what the client sees. */
@Path("/probe")
@RequestScoped
public class ProbeResource {

    @GET
    @Path("/conflict")
    @Produces(MediaType.APPLICATION_JSON)
    public String conflict() {
        throw new ConflictException("The e-mail address is already registered.");
    }

    @GET
    @Path("/bug")
    @Produces(MediaType.APPLICATION_JSON)
    public String bug() {
        throw new IllegalStateException("secret internal detail in dev.skillfast.Something");
    }
}
