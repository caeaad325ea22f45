package dev.skillfast.realtime.domain;

import java.time.Instant;

/** One stored chat message; {@code seq} counts 1, 2, 3… per session. */
public record ChatMessage(String sessionId, long seq, String senderId, String text, Instant sentAt) {
}
