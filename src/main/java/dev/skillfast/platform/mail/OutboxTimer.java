package dev.skillfast.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import dev.skillfast.platform.mongo.DatabaseBootstrap;
import dev.skillfast.platform.timers.TimerRuns;

/**
 * Sends due mails every {@code skillfast.mail.send-interval} (a non-persistent interval timer): retries,
 * and mails queued before a restart. Not leased: every server may send, each mail is claimed by one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer {

    static final String TIMER = "mail-outbox";

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    OutboxSender sender;

    @Inject
    DatabaseBootstrap database;

    @Inject
    TimerRuns runs;

    @PostConstruct
    void schedule() {
        if (settings.enabled()) {
            long every = settings.sendInterval().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig(TIMER, false));
        }
    }

    @Timeout
    void send() {
        if (database.initializer().isInitialised()) {
            runs.run(TIMER, sender::sendDueUnlessRunning);
        }
    }
}
