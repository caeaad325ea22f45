package dev.skillfast.sessions.api;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;

/**
 * One session as the operations console shows it: the session as its participants see it, and whether
 * each participant is connected. The same shape is pushed live as the {@code ops.session} frame.
 */
public record AdminSessionView(SessionResponse session, Connections connections) {

    /**
     * The participants' connection to the live channel while the session is ACTIVE: null when connected,
     * else since when they have had no connection (null for both outside ACTIVE).
     */
    @JsonbNillable
    @Schema(name = "SessionConnections")
    public record Connections(Instant clientAwaySince, Instant expertAwaySince) {
    }

    public static AdminSessionView of(Session s, SessionCharges charges) {
        return new AdminSessionView(SessionResponse.of(s, charges),
                new Connections(s.client().awaySince(), s.expert().awaySince()));
    }
}
