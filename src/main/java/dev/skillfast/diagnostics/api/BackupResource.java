package dev.skillfast.diagnostics.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.platform.mongo.Backups;
import dev.skillfast.platform.problem.Problem;

/** Online backups of the embedded store, for administrators (README "Backup and restore"). */
@Path("/admin/backup")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class BackupResource {

    @Inject
    AuditTrail audit;

    @Inject
    Backups backups;

    /** A backup written on the server. */
    @Schema(name = "Backup")
    public record BackupResponse(@Schema(description = "Absolute path of the zip on the server") String file, long bytes,
                                 Instant createdAt) {
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Back up the embedded store now", description = "Writes a consistent snapshot of the embedded "
            + "store, taken while the server runs, as a zip into SKILLFAST_BACKUP_DIR (default: backups/ in the data "
            + "folder). Restore: stop the server, unzip it into the data folder, start it.")
    @APIResponse(responseCode = "201", description = "Written", content = @Content(schema = @Schema(implementation = BackupResponse.class)))
    @APIResponse(responseCode = "409", description = "The server runs on MongoDB: use mongodump",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response backUp() {
        Backups.Backup backup = backups.backUp();
        BackupResponse written = new BackupResponse(backup.file().toString(), backup.bytes(), backup.createdAt());
        audit.adminAction(AuditAction.BACKUP_CREATE, "backup", backup.file().getFileName().toString(), null, written, null);
        return Response.status(Response.Status.CREATED).entity(written).build();
    }
}
