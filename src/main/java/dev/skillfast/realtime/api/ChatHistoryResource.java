package dev.skillfast.realtime.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.realtime.domain.ChatHistory;
import dev.skillfast.realtime.domain.ChatMessage;

/** A session's stored chat, for catching up after a reconnection and for reading it later. */
@Path("/sessions/{id}/messages")
@RequestScoped
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
public class ChatHistoryResource {

    public record MessageResponse(long seq, String senderId, String text, Instant sentAt) {
    }

    public record MessagesResponse(List<MessageResponse> items, long lastSeq) {
    }

    @Inject
    ChatHistory history;

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "Chat messages after a sequence number", description = "Oldest first, for the session's "
            + "participants and administrators, in any state. lastSeq is the last number in this page (afterSeq when "
            + "empty): ask again with it until items is empty.")
    public MessagesResponse after(@PathParam("id") @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id,
                                  @QueryParam("afterSeq") @DefaultValue("0") @Min(0) long afterSeq,
                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(200) int limit) {
        List<ChatMessage> messages = history.after(id, jwt.getSubject(), security.isUserInRole("ADMIN"), afterSeq, limit);
        return new MessagesResponse(messages.stream()
                .map(m -> new MessageResponse(m.seq(), m.senderId(), m.text(), m.sentAt())).toList(),
                messages.isEmpty() ? afterSeq : messages.get(messages.size() - 1).seq());
    }
}
