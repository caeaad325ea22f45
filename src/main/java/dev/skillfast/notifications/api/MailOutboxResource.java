package dev.skillfast.notifications.api;

import java.time.Instant;
import java.util.Map;

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

import dev.skillfast.platform.mail.OutboxMail;
import dev.skillfast.platform.mail.OutboxMail.OutboxState;
import dev.skillfast.platform.mail.OutboxStore;
import dev.skillfast.platform.mail.Outbox;

/** How the mail outbox is doing, for administrators (a relay down shows here first). */
@Path("/admin/mail")
@RequestScoped
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MailOutboxResource {

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore store;

    /**
     * The outbox's state.
     *
     * @param oldestWaitingAt when the oldest mail not yet sent was queued; {@code lastError} its last failure
     */
    public record OutboxStatus(boolean enabled, Map<OutboxState, Long> counts, Instant oldestWaitingAt,
                               int oldestWaitingAttempts, String lastError) {
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Mail outbox", description = "Mails by state (PENDING, SENDING, SENT, FAILED) and the "
            + "oldest one still waiting, with its attempts and last error.")
    @APIResponse(responseCode = "200", description = "The outbox's state")
    public OutboxStatus status() {
        OutboxMail oldest = store.oldestWaiting().orElse(null);
        return new OutboxStatus(outbox.enabled(), store.countByState(), oldest == null ? null : oldest.createdAt(),
                oldest == null ? 0 : oldest.attempts(), oldest == null ? null : oldest.lastError());
    }
}
