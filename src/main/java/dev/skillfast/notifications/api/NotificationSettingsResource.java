package dev.skillfast.notifications.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.notifications.domain.Preferences;
import dev.skillfast.platform.mail.Outbox;
import dev.skillfast.platform.problem.Problem;

/** The signed-in user's choice of mails. */
@Path("/me/notifications")
@RequestScoped
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class NotificationSettingsResource {

    @Inject
    Preferences preferences;

    @Inject
    Outbox outbox;

    @Inject
    JsonWebToken jwt;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My mail notifications", description = "All on until changed.")
    @APIResponse(responseCode = "200", description = "The choices",
            content = @Content(schema = @Schema(implementation = NotificationSettings.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationSettings get() {
        return NotificationSettings.of(preferences.of(jwt.getSubject()), outbox.enabled());
    }

    @PUT
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose my mail notifications",
            description = "Password reset mails are always sent. Saved even when the desk sends no mail.")
    @APIResponse(responseCode = "200", description = "The saved choices",
            content = @Content(schema = @Schema(implementation = NotificationSettings.class)))
    @APIResponse(responseCode = "400", description = "A choice is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationSettings put(@NotNull(message = "a JSON body is required") @Valid NotificationSettings body) {
        return NotificationSettings.of(preferences.save(jwt.getSubject(), body.preferences()), outbox.enabled());
    }
}
