package dev.skillfast.sessions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.sessions.store.SessionStore;

/**
 * The session lifecycle: request, answer, cancel, expire, end. Each change is one conditional update
 * on the state the caller saw, so a race has exactly one winner; the loser gets 409. After a change the
 * participants are told ({@link SessionEvent}, observed by the realtime gateway and presence), and then
 * billing, explicitly ({@link SessionMetering}): it charges the first unit of a session that started and
 * settles one that ended.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    @Inject
    SessionStore store;

    @Inject
    SessionCache cache;

    @Inject
    ExpertService experts;

    @Inject
    SessionFunding funding;

    @Inject
    SessionMetering metering;

    @Inject
    SessionAsking asking;

    @Inject
    Event<SessionEvent> events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.sessions.request-timeout")
    Duration requestTimeout;

    /** A client asks an expert for a consultation on one of the expert's channels, paid from their wallet. */
    public Session request(String clientId, String expertId, Channel channel) {
        return asking.ask(clientId, expertId, channel, FundingChoice.WALLET).session();
    }

    /** A new REQUESTED session, written and announced; 409 when the client already has one open. */
    Session insertRequested(Session.Party client, Session.Party expert, Channel channel, FundedBy payer) {
        Instant now = clock.instant();
        try {
            return changed(store.insertRequested(UUID.randomUUID().toString(), client, expert, channel, payer, now,
                    now.plus(requestTimeout)));
        } catch (SessionStore.AlreadyOpenException e) {
            throw new ConflictException("You already have a session requested or in progress; end or cancel it first.");
        }
    }

    public Session accept(String sessionId, String expertId) {
        Session current = participantView(sessionId, expertId);
        requireExpert(current, expertId, "accept");
        Instant now = clock.instant();
        if (current.state() == SessionState.REQUESTED && !now.isBefore(current.expiresAt())) {
            expireIfDue(sessionId);
            throw stateConflict(sessionId, "accepted");
        }
        ExpertProfile profile = experts.find(expertId).orElseThrow(() -> new NotFoundException("No such expert."));
        if (!profile.rates().containsKey(current.channel())) {
            throw new ConflictException("You no longer offer " + current.channel().name().toLowerCase()
                    + " sessions; decline the request.");
        }
        Tariff tariff = funding.tariff(profile, current.channel());
        if (current.state() == SessionState.REQUESTED) {
            metering.prepareStart(sessionId, now);
        }
        Optional<Session> accepted;
        try {
            accepted = store.accept(sessionId, expertId, now, tariff);
        } catch (SessionStore.AlreadyOpenException e) {
            throw new ConflictException("You already have an active session; end it before accepting another.");
        }
        return accepted.map(this::changed).orElseThrow(() -> stateConflict(sessionId, "accepted"));
    }

    public Session decline(String sessionId, String expertId) {
        requireExpert(participantView(sessionId, expertId), expertId, "decline");
        return store.closeRequest(sessionId, SessionState.DECLINED, clock.instant()).map(this::changed)
                .orElseThrow(() -> stateConflict(sessionId, "declined"));
    }

    public Session cancel(String sessionId, String clientId) {
        Session current = participantView(sessionId, clientId);
        if (!current.isClient(clientId)) {
            throw new ForbiddenException("Only the client who asked for a session can cancel it.");
        }
        return store.closeRequest(sessionId, SessionState.CANCELLED, clock.instant()).map(this::changed)
                .orElseThrow(() -> stateConflict(sessionId, "cancelled"));
    }

    /** Ends an ACTIVE session: by a participant, or by an administrator. */
    public Session end(String sessionId, String userId, boolean admin) {
        Session current = store.find(sessionId).orElseThrow(SessionService::noSuchSession);
        EndReason reason;
        if (current.isParticipant(userId)) {
            reason = current.isClient(userId) ? EndReason.CLIENT : EndReason.EXPERT;
        } else if (admin) {
            reason = EndReason.ADMIN;
        } else {
            throw noSuchSession();
        }
        return store.end(sessionId, reason, clock.instant()).map(this::changed)
                .orElseThrow(() -> stateConflict(sessionId, "ended"));
    }

    /**
     * An administrator ends an ACTIVE session (reason ADMIN) with a note for both participants; settled like
     * any other end.
     */
    public Session endByAdmin(String sessionId, String note) {
        store.find(sessionId).orElseThrow(SessionService::noSuchSession);
        return store.end(sessionId, EndReason.ADMIN, note, clock.instant()).map(this::changed)
                .orElseThrow(() -> stateConflict(sessionId, "ended"));
    }

    /**
     * Ends an ACTIVE session for a reason of the system's (funds, disconnection) as of {@code at} (a
     * billing boundary, the end of a grace period); false when it was not ACTIVE.
     */
    public boolean endBySystem(String sessionId, EndReason reason, Instant at) {
        return store.end(sessionId, reason, at).map(this::changed).isPresent();
    }

    /**
     * A suspended account's sessions: an ACTIVE one ends at once (reason SUSPENDED, settled as usual, so
     * nothing is billed after this moment), a request it made is cancelled, requests waiting for it (an
     * expert) are declined. Answers how many it closed.
     */
    public int closeForSuspension(String userId) {
        Instant now = clock.instant();
        int closed = 0;
        for (Session open : store.openOf(userId)) {
            boolean done = open.state() == SessionState.ACTIVE
                    ? endBySystem(open.id(), EndReason.SUSPENDED, now)
                    : store.closeRequest(open.id(), SessionState.CANCELLED, now).map(this::changed).isPresent();
            closed += done ? 1 : 0;
        }
        // requests waiting for a suspended expert: the client hears at once that they cannot be taken
        for (Session asked : store.requestsTo(userId)) {
            closed += store.closeRequest(asked.id(), SessionState.DECLINED, now).map(this::changed).isPresent() ? 1 : 0;
        }
        return closed;
    }

    /** The session as stored, for system code (no access check). */
    public Optional<Session> find(String sessionId) {
        return store.find(sessionId);
    }

    /** The sessions with these ids as stored, for system code (no access check); missing ones left out. */
    public List<Session> findAll(Collection<String> sessionIds) {
        return store.findAll(sessionIds);
    }

    /** Every session as stored, for system code (the dashboards' replay of the history). */
    public void eachSession(java.util.function.Consumer<Session> each) {
        store.each(each);
    }

    /** A session as one of its participants or an administrator sees it; others get 404, not a hint it exists. */
    public Session view(String sessionId, String userId, boolean admin) {
        Session session = store.find(sessionId).orElseThrow(SessionService::noSuchSession);
        if (!session.isParticipant(userId) && !admin) {
            throw noSuchSession();
        }
        return session;
    }

    /** What billing reports of one session. */
    public SessionCharges chargesOf(Session session) {
        return chargesOf(List.of(session)).getOrDefault(session.id(), SessionCharges.NONE);
    }

    /** What billing reports of these sessions, by id. */
    public Map<String, SessionCharges> chargesOf(List<Session> sessions) {
        List<Session> started = sessions.stream().filter(s -> s.tariff() != null).toList();
        return started.isEmpty() ? Map.of() : metering.charges(started); // one never started has nothing billed
    }

    public List<Session> mine(String userId, SessionState state, int page, int size) {
        return store.ofUser(userId, state, page, size);
    }

    public long countMine(String userId, SessionState state) {
        return store.countOfUser(userId, state);
    }

    /** The expert's ACTIVE session, if any (presence shows BUSY during it). */
    public Optional<Session> activeOfExpert(String expertId) {
        return store.activeOfExpert(expertId);
    }

    /** A recent copy for the realtime gateway's per-message checks (see {@link SessionCache}). */
    public Optional<Session> cached(String sessionId) {
        return cache.get(sessionId);
    }

    /** Expires every request whose answer time is over; answers how many. */
    public int expireDue() {
        int expired = 0;
        for (String id : store.dueToExpire(clock.instant(), 500)) {
            if (expireIfDue(id)) {
                expired++;
            }
        }
        return expired;
    }

    /** Expires a request whose deadline has passed (the store's update is conditional on REQUESTED only). */
    private boolean expireIfDue(String sessionId) {
        Instant now = clock.instant();
        Optional<Session> due = store.find(sessionId)
                .filter(s -> s.state() == SessionState.REQUESTED && !now.isBefore(s.expiresAt()));
        return due.isPresent() && store.closeRequest(sessionId, SessionState.EXPIRED, now).map(this::changed).isPresent();
    }

    private Session participantView(String sessionId, String userId) {
        return view(sessionId, userId, false);
    }

    private static void requireExpert(Session session, String userId, String action) {
        if (!session.expertId().equals(userId)) {
            throw new ForbiddenException("Only the expert of a session can " + action + " it.");
        }
    }

    private ConflictException stateConflict(String sessionId, String wanted) {
        SessionState now = store.find(sessionId).map(Session::state).orElse(null);
        return new ConflictException("The session cannot be " + wanted + ": it is "
                + (now == null ? "gone" : now.name()) + ".");
    }

    private static NotFoundException noSuchSession() {
        return new NotFoundException("No such session.");
    }

    /** After a change: remembered for the gateway, the participants told, then billing told. */
    private Session changed(Session session) {
        cache.remember(session);
        events.fire(SessionEvent.of(session));
        try {
            if (session.state() == SessionState.ACTIVE) {
                metering.started(session);
            } else if (session.state() == SessionState.ENDED) {
                metering.ended(session);
            }
        } catch (RuntimeException e) {
            // the billing sweep finds the session by its due key and does it; the change itself stands
            LOG.log(Level.WARNING, "Billing of session " + session.id() + " deferred to the sweep", e);
        }
        return session;
    }
}
