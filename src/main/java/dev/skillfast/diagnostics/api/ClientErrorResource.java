package dev.skillfast.diagnostics.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.diagnostics.domain.ClientErrorLog;
import dev.skillfast.platform.problem.Problem;

@Path("/client-errors")
@RequestScoped
@Tag(name = "Diagnostics")
public class ClientErrorResource {

    @Inject
    ClientErrorLog log;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an error met in the web app",
            description = "The web app sends its uncaught errors here; they go to the server log under an id the "
                    + "user can quote to an administrator. Nothing is stored in the database.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClientErrorReport.class),
            examples = @ExampleObject(name = "report",
                    value = "{\"message\":\"TypeError: x is undefined\",\"route\":\"/experts/42\","
                            + "\"appVersion\":\"0.1.0-SNAPSHOT\"}")))
    @APIResponse(responseCode = "202", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientErrorReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = "{\"type\":\"urn:skillfast:problem:validation\","
                            + "\"title\":\"Invalid request\",\"status\":400,\"detail\":\"message: must not be blank\","
                            + "\"instance\":\"/api/client-errors\",\"errors\":[{\"field\":\"message\","
                            + "\"message\":\"must not be blank\"}]}")))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@NotNull(message = "a JSON body is required") @Valid ClientErrorReport report) {
        String errorId = log.record(report.message(), report.route(), report.stack(), report.appVersion());
        return Response.accepted(new ClientErrorReceipt(errorId)).build();
    }
}
