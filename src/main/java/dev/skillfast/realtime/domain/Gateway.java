package dev.skillfast.realtime.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.skillfast.experts.domain.ExpertSearchIndex;
import dev.skillfast.platform.input.Texts;
import dev.skillfast.realtime.domain.Inbound.ErrorCode;
import dev.skillfast.realtime.domain.Inbound.Refused;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.billing.domain.BalanceLow;
import dev.skillfast.billing.domain.BillingTick;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.SessionPresence;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;

/**
 * The realtime gateway's logic, independent of the WebSocket transport: what a connection may do with
 * each client message (docs/realtime-protocol.md), and which connections hear about session and
 * presence changes, on any server ({@link Delivery}). Every message is checked against the session it
 * names: only its two participants, only while ACTIVE, calls only in audio and video sessions.
 */
@ApplicationScoped
public class Gateway {

    @Inject
    RealtimeMeters meters;

    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    static final int MAX_TEXT = 4_000;
    static final int MAX_WATCHED = 200;
    /** A close code of the standard's "policy violation": the account changed under the connection. */
    public static final int CLOSE_ACCOUNT_CHANGED = 1008;

    @Inject
    Connections connections;

    @Inject
    SessionService sessions;

    @Inject
    SessionPresence attendance;

    @Inject
    ChatWriter chat;

    @Inject
    ChatRouting chatRouting;

    @Inject
    Delivery delivery;

    @Inject
    PresenceService presence;

    @Inject
    ExpertSearchIndex publicExperts;

    @Inject
    SessionJson sessionJson;

    @Inject
    OperationsFeed operations;

    @Inject
    Clock clock;

    public void opened(Connection connection) {
        boolean first = delivery.opened(connection);
        if (first && "EXPERT".equals(connection.role())) {
            quietly(() -> presence.connected(connection.userId()), "presence");
        }
        if (first && !"ADMIN".equals(connection.role())) {
            quietly(() -> attendance.markBack(connection.userId()), "away mark");
            operations.participantMoved(connection.userId());
        }
        // after presence: once a client sees the welcome, search already shows the expert online
        connection.send(Outbound.welcome(connection.userId(), connection.role(), clock.instant()));
    }

    public void closed(Connection connection) {
        boolean last = delivery.closed(connection) && !delivery.connectedAnywhere(connection.userId());
        if (last && "EXPERT".equals(connection.role())) {
            presence.disconnected(connection.userId());
        }
        if (last && !"ADMIN".equals(connection.role())) {
            quietly(() -> attendance.markAway(connection.userId()), "away mark");
            operations.participantMoved(connection.userId());
        }
    }

    /** Bookkeeping that needs the database must not break a connection while the database is away. */
    private static void quietly(Runnable work, String what) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not update the " + what + " (database unavailable?)", e);
        }
    }

    /**
     * Handles one text frame; refusals become an {@code error} frame and the connection stays open. Every
     * frame is charged to the connection's budget first, malformed ones included; one over the budget is
     * not read (only scanned for its id, to answer it).
     */
    public void handle(Connection connection, String text) {
        if (!connection.tryTakeMessage()) {
            connection.send(Outbound.error(ErrorCode.RATE_LIMITED, "Too many messages: slow down.",
                    FrameScan.of(text).id()));
            return;
        }
        String replyTo = null;
        try {
            Inbound message = Inbound.parse(text);
            replyTo = message.id();
            dispatch(connection, message, replyTo);
        } catch (Refused refused) {
            // a frame refused before it was read is answered with its id if a scan can see one
            connection.send(Outbound.error(refused.code(), refused.getMessage(),
                    replyTo != null ? replyTo : FrameScan.of(text).id()));
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Realtime message failed (error id " + errorId + ")", e);
            connection.send(Outbound.error(ErrorCode.INTERNAL, "The server could not handle the message (error id "
                    + errorId + ").", replyTo));
        }
    }

    private void dispatch(Connection connection, Inbound message, String replyTo) {
        String type = message.type();
        switch (type) {
            case "ping" -> connection.send(Outbound.pong(replyTo));
            case "chat.send" -> sendChat(connection, message, replyTo);
            case "chat.typing" -> {
                Session session = activeSessionOf(connection, message);
                delivery.toUser(session.otherThan(connection.userId()), Outbound.typing(session.id(), connection.userId()));
            }
            case "chat.read" -> markRead(connection, message);
            case "presence.watch" -> watch(connection, message);
            case "rtc.ready", "rtc.hangup" -> relayCall(connection, message, type, null, null);
            case "rtc.offer", "rtc.answer" -> relayCall(connection, message, type, sdp(message), null);
            case "rtc.ice" -> relayCall(connection, message, type, null, message.candidate().orElse(JsonValue.NULL));
            default -> throw new Refused(ErrorCode.UNKNOWN_TYPE, "Unknown message type '" + abbreviate(type) + "'.");
        }
    }

    private void sendChat(Connection connection, Inbound message, String replyTo) {
        Session session = activeSessionOf(connection, message);
        // stored and delivered alike: a lone surrogate (no encoding can carry it) becomes U+FFFD
        String text = Texts.replaceLoneSurrogates(message.string("text"));
        if (text.isBlank()) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "A chat message needs some text.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new Refused(ErrorCode.TOO_LONG, "A chat message may have at most " + MAX_TEXT + " characters.");
        }
        if (!chatRouting.submit(new ChatWriter.Pending(session, connection.userId(), text, replyTo, connection))) {
            throw new Refused(ErrorCode.UNAVAILABLE, "The server is overloaded; send the message again in a moment.");
        }
        meters.chatMessages().increment();
    }

    private void markRead(Connection connection, Inbound message) {
        Session session = participantSessionOf(connection, message);
        long seq = message.nonNegative("seq");
        attendance.markRead(session, connection.userId(), seq);
        delivery.toUsers(session.clientId(), session.expertId(), Outbound.read(session.id(), connection.userId(), seq));
    }

    private void watch(Connection connection, Inbound message) {
        List<String> ids = message.strings("expertIds", MAX_WATCHED).stream().distinct().toList();
        connections.watch(connection, ids);
        for (String id : ids) {
            publicExperts.get(id).ifPresent(p -> connection.send(Outbound.presence(id, p.presence())));
        }
    }

    private void relayCall(Connection connection, Inbound message, String type, String sdp, JsonValue candidate) {
        Session session = activeSessionOf(connection, message);
        if (!session.hasCall()) {
            throw new Refused(ErrorCode.NOT_SUPPORTED, "Calls belong to audio and video sessions; this one is chat only.");
        }
        delivery.toUser(session.otherThan(connection.userId()),
                Outbound.rtc(type, session.id(), connection.userId(), sdp, candidate));
    }

    private static String sdp(Inbound message) {
        String sdp = message.string("sdp");
        if (sdp.isEmpty()) {
            throw new Refused(ErrorCode.BAD_MESSAGE, "'sdp' must not be empty.");
        }
        return sdp;
    }

    /** The session the message names, if the sender takes part in it. */
    private Session participantSessionOf(Connection connection, Inbound message) {
        String sessionId = message.string("sessionId");
        Optional<Session> session = sessionId.length() > 64 ? Optional.empty() : sessions.cached(sessionId);
        if (session.isEmpty()) {
            throw new Refused(ErrorCode.NOT_FOUND, "No such session.");
        }
        if (!session.get().isParticipant(connection.userId())) {
            throw new Refused(ErrorCode.FORBIDDEN, "You do not take part in this session.");
        }
        return session.get();
    }

    private Session activeSessionOf(Connection connection, Inbound message) {
        Session session = participantSessionOf(connection, message);
        if (session.state() != SessionState.ACTIVE) {
            throw new Refused(ErrorCode.NOT_ACTIVE, "The session is " + session.state().name()
                    + "; messages and calls happen only while it is ACTIVE.");
        }
        return session;
    }

    void onSessionChanged(@Observes SessionEvent event) {
        Session session = event.session();
        JsonObject json = sessionJson.toJson(session);
        delivery.toUsers(session.clientId(), session.expertId(), Outbound.session(event.type(), session.id(), json));
        if (session.state() == SessionState.ACTIVE) {
            chat.started(session.id());
            boolean clientAway = !delivery.connectedAnywhere(session.clientId());
            boolean expertAway = !delivery.connectedAnywhere(session.expertId());
            if (clientAway || expertAway) {
                attendance.markAway(session, clientAway, expertAway);
            }
        } else if (!session.state().isOpen()) {
            chat.forget(session.id());
        }
    }

    void onBillingTick(@Observes BillingTick tick) {
        delivery.toUsers(tick.clientId(), tick.expertId(), Outbound.billingTick(tick));
    }

    void onBalanceLow(@Observes BalanceLow low) {
        delivery.toUsers(low.clientId(), low.expertId(), Outbound.balanceLow(low));
    }

    void onPresenceChanged(@Observes PresenceChanged change) {
        String frame = Outbound.presence(change.expertId(), change.presence());
        delivery.toWatchers(change.expertId(), frame);
        delivery.toUser(change.expertId(), frame);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
