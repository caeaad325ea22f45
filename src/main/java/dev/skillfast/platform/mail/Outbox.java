package dev.skillfast.platform.mail;

import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Queues mails: rendered now, stored, and sent soon after by {@link OutboxSender}. */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailTemplates templates;

    @Inject
    OutboxStore store;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Queues the mail {@code template} renders for {@code to} in {@code language}, once per {@code key};
     * answers whether it was queued now (false: mail is off, or this key was queued before).
     */
    public boolean enqueue(String key, String to, String language, String template, Map<String, ?> model) {
        if (!settings.enabled()) {
            return false;
        }
        boolean queued = store.insert(key, templates.render(template, language, to, model), clock.instant());
        if (queued) {
            nudge();
        }
        return queued;
    }

    private void nudge() {
        try {
            executor.execute(sender::sendDueUnlessRunning);
        } catch (RuntimeException e) {
            // The timer sends it at its next beat.
            LOG.log(Level.FINE, "Could not start sending at once", e);
        }
    }
}
