package dev.skillfast.audit.domain;

import java.time.Instant;

/**
 * What an administrator looks for: {@code actor} is an actor's id or e-mail, {@code action} an action code,
 * {@code target} a target's id, {@code from} inclusive and {@code to} exclusive; null matches everything.
 */
public record AuditFilter(String actor, String action, String target, Instant from, Instant to) {
}
