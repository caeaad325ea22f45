package dev.skillfast.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

/**
 * Sends the outbox's due mails, one claim at a time, until none is due. Any number of threads and servers
 * may run it at once: each mail is claimed by one of them.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    OutboxStore store;

    @Inject
    SmtpTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    public OutboxSender() {
    }

    /** For tests outside the container. */
    public OutboxSender(OutboxStore store, SmtpTransport transport, MailSettings settings, Clock clock) {
        this.store = store;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends every mail due now unless this server is already doing so (the timer and a queued mail's
     * nudge may come at once; the running one picks the new mail up).
     */
    public void sendDueUnlessRunning() {
        if (running.compareAndSet(false, true)) {
            try {
                sendDue();
            } finally {
                running.set(false);
            }
        }
    }

    /** Sends every mail due now; answers how many were sent. */
    public int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        Optional<OutboxMail> next;
        while ((next = store.claimDue(clock.instant(), clock.instant().plus(claimLength()))).isPresent()) {
            if (sendOne(next.get())) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(OutboxMail mail) {
        try {
            transport.send(mail.key(), mail.message());
            store.markSent(mail.key(), clock.instant());
            return true;
        } catch (MessagingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Optional<Instant> retry = settings.retries().nextAttempt(mail.attempts(), clock.instant());
            if (retry.isPresent()) {
                store.markRetry(mail.key(), retry.get(), error);
                LOG.info(() -> "Mail " + mail.key() + " not sent (attempt " + mail.attempts() + "), tried again at "
                        + retry.get() + ": " + error);
            } else {
                store.markFailed(mail.key(), error);
                LOG.warning(() -> "Mail " + mail.key() + " given up after " + mail.attempts() + " attempts: " + error);
            }
            return false;
        }
    }

    /** Long enough for a slow relay (connect, then write), short enough to resend soon after a crash. */
    private Duration claimLength() {
        return settings.timeout().multipliedBy(3).plusSeconds(30);
    }
}
