package dev.skillfast.realtime.domain;

import java.io.StringReader;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import dev.skillfast.billing.domain.BillingTick;
import dev.skillfast.sessions.api.AdminSessionView;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.SessionOverview;
import dev.skillfast.sessions.domain.SessionService;

/**
 * The operations console's live feed: every change of a session (its state, each billed unit, a
 * participant connecting or leaving) goes to every administrator's connection as {@code ops.session}, in
 * the shape of an item of {@code GET /api/admin/sessions}. Built off the caller's thread (the billing sweep,
 * a request, a connection opening) since it reads the session and its charges again: read, not taken from
 * the event, so that a session just accepted shows the "away" marks the gateway writes for a participant
 * who is not connected.
 */
@ApplicationScoped
public class OperationsFeed {

    private static final Logger LOG = Logger.getLogger(OperationsFeed.class.getName());

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    Delivery delivery;

    @Inject
    SessionService sessions;

    @Inject
    SessionOverview overview;

    @Resource
    ManagedExecutorService executor;

    void onSessionChanged(@Observes SessionEvent event) {
        later(() -> sessions.find(event.session().id()).ifPresent(s -> push(event.type(), s)));
    }

    void onBillingTick(@Observes BillingTick tick) {
        later(() -> sessions.find(tick.sessionId()).ifPresent(s -> push("tick", s)));
    }

    /** A participant's first connection opened or last one closed: their ACTIVE sessions' connections changed. */
    void participantMoved(String userId) {
        later(() -> overview.activeOf(userId).forEach(s -> push("presence", s)));
    }

    private void push(String event, Session session) {
        AdminSessionView view = AdminSessionView.of(session, sessions.chargesOf(session));
        JsonObject json = Json.createReader(new StringReader(jsonb.toJson(view))).readObject();
        delivery.toAdmins(Outbound.opsSession(event, session.id(), json));
    }

    private void later(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "The operations feed could not send a change", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "The operations feed is stopping", e); // the application is stopping
        }
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing JSON-B", e);
        }
    }
}
