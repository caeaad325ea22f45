package dev.skillfast.desk.domain;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.stream.JsonGenerator;

import dev.skillfast.platform.web.JsonFrames;

/** The desk's live frames (docs/realtime-protocol.md, "desk.*"), as JSON text. */
final class DeskFrames {

    private DeskFrames() {
    }

    /** To the category's experts: its waiting requests, first come first. */
    static String queue(String category, List<DeskRequest> waiting) {
        return frame("desk.queue", json -> {
            json.write("category", category).writeStartArray("waiting");
            for (int i = 0; i < waiting.size(); i++) {
                DeskRequest r = waiting.get(i);
                json.writeStartObject().write("id", r.id()).write("position", i + 1).write("clientName", r.clientName())
                        .write("channel", r.channel().name()).write("description", r.description())
                        .write("createdAt", r.createdAt().toString()).write("expiresAt", r.expiresAt().toString())
                        .writeEnd();
            }
            json.writeEnd();
        });
    }

    /** To a waiting client: where their request stands now. */
    static String position(DeskRequest r, int position, Duration estimate) {
        return frame("desk.position", json -> {
            json.write("id", r.id()).write("position", position);
            if (estimate != null) {
                json.write("estimatedWaitSeconds", estimate.toSeconds());
            }
        });
    }

    /** To its client: an expert picked the request; the session is ACTIVE. */
    static String picked(DeskRequest r, String sessionId, String expertId) {
        return frame("desk.picked", json -> json.write("id", r.id()).write("sessionId", sessionId).write("expertId", expertId));
    }

    /** To its client: an expert picked the request but its session could not start, so it ended. */
    static String cancelled(DeskRequest r, String reason) {
        return frame("desk.cancelled", json -> json.write("id", r.id()).write("reason", reason));
    }

    /** To its client: the request waited too long and left the queue. */
    static String expired(DeskRequest r) {
        return frame("desk.expired", json -> json.write("id", r.id()));
    }

    private static String frame(String type, Consumer<JsonGenerator> members) {
        return JsonFrames.frame(type, members);
    }
}
