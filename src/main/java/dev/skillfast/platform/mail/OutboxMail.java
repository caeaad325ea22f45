package dev.skillfast.platform.mail;

import java.time.Instant;

/**
 * A stored mail and how its sending went.
 *
 * @param key      what the mail is about ("password-reset:&lt;token&gt;"): the outbox's id, so one mail per key
 * @param attempts sends tried so far, the one in progress included
 */
public record OutboxMail(String key, MailMessage message, OutboxState state, int attempts, Instant nextAttemptAt,
                         Instant createdAt, Instant sentAt, String lastError) {

    public enum OutboxState { PENDING, SENDING, SENT, FAILED }
}
