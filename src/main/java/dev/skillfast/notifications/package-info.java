/**
 * Notifications by mail, and each user's choice of them.
 *
 * <p>{@code domain.MailNotifications} observes what other features announce (CDI events: a session
 * request that expired unanswered, a settled session, a posted review, a top-up's or payout's outcome) and
 * queues a mail in the recipient's language through the platform's outbox, unless the recipient turned that
 * kind off ({@code /api/me/notifications}). Each mail's outbox key names its subject and recipient, so an
 * event seen twice (a repeated settlement, a provider's repeated webhook) mails once. Password reset mails
 * are the accounts feature's and always sent.
 *
 * <p>Nothing here fails the work that caused the mail: a mail that cannot be queued is logged.
 */
package dev.skillfast.notifications;
