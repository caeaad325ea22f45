package dev.skillfast.accounts.domain;

import java.time.Instant;

/**
 * A SkillFast account.
 *
 * @param tokenVersion     carried by access tokens; raised when the password changes, which makes every
 *                         older access token invalid
 * @param loginFailures    consecutive failed logins since the last success
 * @param lockedUntil      no login is tried before this instant, or null
 */
public record User(String id, String email, String displayName, Role role, String language, String passwordHash,
                   boolean suspended, boolean mustChangePassword, Instant createdAt, int tokenVersion,
                   int loginFailures, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
