/**
 * Outgoing mail: a stored outbox sent over SMTP with Jakarta Mail.
 *
 * <p>A mail is rendered when it is queued ({@link dev.skillfast.platform.mail.MailTemplates}: Mustache,
 * whose {@code {{ }}} escapes HTML, so no user text reaches a mail's HTML unescaped) and stored in
 * {@code mail_outbox} under a key that names what it is about ("receipt:&lt;session&gt;:&lt;user&gt;"): the
 * same mail queued twice (an event seen on two servers, a settlement repeated) is stored once.
 *
 * <p>{@link dev.skillfast.platform.mail.OutboxSender} claims due mails one at a time with an atomic
 * update (PENDING, or SENDING whose claim ran out because its server died) and sends them; a failed send
 * is tried again later ({@link dev.skillfast.platform.mail.RetrySchedule}: doubling waits), until the
 * attempts run out (FAILED, logged). Every server may send: the claim, not a lease, keeps a mail from
 * being sent by two. A mail survives a restart because it is stored before anything is sent. What SMTP
 * cannot give is exactly-once: a server killed between the relay's acceptance and the SENT mark sends that
 * mail again after the claim runs out; it carries the same Message-ID, which lets mail systems drop it.
 *
 * <p>Without {@code SKILLFAST_SMTP_HOST} nothing is queued, sent, or failed.
 */
package dev.skillfast.platform.mail;
