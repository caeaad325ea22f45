package dev.skillfast.platform.mail;

import java.time.Duration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import dev.skillfast.platform.timers.IntervalTimer;

/**
 * Sends due mails every {@code skillfast.mail.send-interval} (a non-persistent interval timer): retries,
 * and mails queued before a restart. Not leased: every server may send, each mail is claimed by one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer extends IntervalTimer {

    @Inject
    MailSettings settings;

    @Inject
    OutboxSender sender;

    @Override
    protected String name() {
        return "mail-outbox";
    }

    @Override
    protected boolean enabled() {
        return settings.enabled();
    }

    @Override
    protected Duration interval() {
        return settings.sendInterval();
    }

    @Override
    protected void work() {
        sender.sendDueUnlessRunning();
    }
}
