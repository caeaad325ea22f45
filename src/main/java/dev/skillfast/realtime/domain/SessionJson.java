package dev.skillfast.realtime.domain;

import java.io.StringReader;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import dev.skillfast.sessions.api.SessionResponse;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;

/** A session in {@code session.*} frames: exactly the JSON that {@code GET /api/sessions/{id}} answers. */
@ApplicationScoped
public class SessionJson {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    SessionService sessions;

    JsonObject toJson(Session session) {
        SessionResponse response = SessionResponse.of(session, sessions.chargesOf(session));
        return Json.createReader(new StringReader(jsonb.toJson(response))).readObject();
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing held that matters at shutdown
        }
    }
}
