package dev.skillfast.sessions.api;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.sessions.domain.Session;

/**
 * A session as both participants (and administrators) see it, over REST and in {@code session.*}
 * WebSocket frames. Unset times and the end reason are present as null.
 */
@JsonbNillable
@Schema(name = "Session")
public record SessionResponse(String id,
                              @Schema(enumeration = {"REQUESTED", "ACTIVE", "DECLINED", "EXPIRED", "CANCELLED", "ENDED"}) String state,
                              @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel,
                              Party client, Party expert, Instant requestedAt,
                              @Schema(description = "Until when the expert may accept") Instant expiresAt,
                              Instant startedAt, Instant endedAt,
                              @Schema(enumeration = {"CLIENT", "EXPERT", "FUNDS", "DISCONNECT", "ADMIN"}) String endReason,
                              ReadMarks readSeq) {

    /** A participant. */
    @JsonbNillable
    public record Party(String id, String displayName, @Schema(description = "Experts only; null without a photo") String avatarUrl) {
    }

    /** How far each participant has read the chat. */
    public record ReadMarks(long client, long expert) {
    }

    public static SessionResponse of(Session s) {
        String avatar = s.expertAvatarVersion() == null ? null
                : "/api/experts/" + s.expertId() + "/avatar?v=" + s.expertAvatarVersion();
        return new SessionResponse(s.id(), s.state().name(), s.channel().name(),
                new Party(s.clientId(), s.clientName(), null), new Party(s.expertId(), s.expertName(), avatar),
                s.requestedAt(), s.expiresAt(), s.startedAt(), s.endedAt(),
                s.endReason() == null ? null : s.endReason().name(),
                new ReadMarks(s.clientReadSeq(), s.expertReadSeq()));
    }
}
