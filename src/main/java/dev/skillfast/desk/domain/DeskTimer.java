package dev.skillfast.desk.domain;

import java.time.Duration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import dev.skillfast.platform.timers.IntervalTimer;

/** Expires desk requests whose wait ran out, every {@code skillfast.desk.expire-interval}. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeskTimer extends IntervalTimer {

    @Inject
    DeskQueue queue;

    @Inject
    DeskSettings settings;

    @Override
    protected String name() {
        return "desk-expiry";
    }

    @Override
    protected Duration interval() {
        return settings.expireInterval();
    }

    @Override
    protected void work() {
        queue.expireDue();
    }
}
