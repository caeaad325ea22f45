package dev.skillfast.sessions.domain;

import java.time.Instant;

import dev.skillfast.experts.domain.Channel;

/**
 * What an administrator looks for among all sessions; every part is optional (null: any).
 *
 * @param from requested at or after
 * @param to   requested before
 */
public record SessionFilter(SessionState state, Channel channel, String expertId, String clientId, Instant from,
                            Instant to) {
}
