package dev.skillfast.sessions.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.problem.ProblemException;
import dev.skillfast.sessions.store.SessionStore;

/**
 * The session lifecycle: request, answer, cancel, expire, end. Each change is one conditional update
 * on the state the caller saw, so a race has exactly one winner; the loser gets 409. Successful
 * changes fire a {@link SessionEvent}.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());
    /** How long the realtime gateway may trust a cached copy it did not change itself. */
    private static final Duration CACHE_FOR = Duration.ofSeconds(2);
    private static final int CACHE_LIMIT = 50_000;

    @Inject
    SessionStore store;

    @Inject
    ExpertService experts;

    @Inject
    AccountService accounts;

    @Inject
    SessionFunding funding;

    @Inject
    Event<SessionEvent> events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.sessions.request-timeout", defaultValue = "PT60S")
    Duration requestTimeout;

    @Inject
    @ConfigProperty(name = "skillfast.sessions.disconnect-grace", defaultValue = "PT60S")
    Duration disconnectGrace;

    /** A closed session never opens again, so its copy stays valid ({@code final}). */
    private record Cached(Session session, long loadedAtNanos, boolean closed) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    /** A client asks an expert for a consultation on one of the expert's channels. */
    public Session request(String clientId, String expertId, Channel channel) {
        ExpertProfile expert = experts.findPublic(expertId)
                .orElseThrow(() -> ProblemException.notFound("No such expert."));
        if (!expert.rates().containsKey(channel)) {
            throw ProblemException.conflict(expert.displayName() + " does not offer " + channel.name().toLowerCase()
                    + " sessions.");
        }
        if (expert.presence() != Presence.ONLINE) {
            throw ProblemException.conflict(expert.displayName() + (expert.presence() == Presence.BUSY
                    ? " is in another session right now." : " is not online right now."));
        }
        funding.requireFundsToStart(clientId, funding.tariff(expert, channel));
        Instant now = clock.instant();
        Session session;
        try {
            session = store.insertRequested(UUID.randomUUID().toString(), clientId, accounts.get(clientId).displayName(),
                    expertId, expert.displayName(), expert.avatarVersion(), channel, now, now.plus(requestTimeout));
        } catch (SessionStore.AlreadyOpenException e) {
            throw ProblemException.conflict("You already have a session requested or in progress; end or cancel it first.");
        }
        return changed(session);
    }

    public Session accept(String sessionId, String expertId) {
        Session current = participantView(sessionId, expertId);
        requireExpert(current, expertId, "accept");
        Instant now = clock.instant();
        if (current.state() == SessionState.REQUESTED && !now.isBefore(current.expiresAt())) {
            expireIfDue(sessionId);
            throw stateConflict(sessionId, "accepted");
        }
        ExpertProfile profile = experts.find(expertId).orElseThrow(() -> ProblemException.notFound("No such expert."));
        if (!profile.rates().containsKey(current.channel())) {
            throw ProblemException.conflict("You no longer offer " + current.channel().name().toLowerCase()
                    + " sessions; decline the request.");
        }
        Tariff tariff = funding.tariff(profile, current.channel());
        Optional<Session> accepted;
        try {
            accepted = store.accept(sessionId, expertId, now, tariff);
        } catch (SessionStore.AlreadyOpenException e) {
            throw ProblemException.conflict("You already have an active session; end it before accepting another.");
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
            throw ProblemException.forbidden("Only the client who asked for a session can cancel it.");
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
     * Ends an ACTIVE session for a reason of the system's (funds, disconnection) as of {@code at} (a
     * billing boundary, the end of a grace period); false when it was not ACTIVE.
     */
    public boolean endBySystem(String sessionId, EndReason reason, Instant at) {
        return store.end(sessionId, reason, at).map(this::changed).isPresent();
    }

    /** The ACTIVE sessions billing is to look at by {@code now} (possibly an ENDED one: see {@link SessionStore#billingDue}). */
    public List<Session> billingDue(Instant now) {
        return store.billingDue(now);
    }

    /** When billing is to look at these ACTIVE sessions next. */
    public void scheduleBilling(java.util.Map<String, Instant> lookAt) {
        store.scheduleBilling(lookAt);
    }

    /** Takes these ENDED sessions off billing's list. */
    public void unscheduleBilling(List<String> sessionIds) {
        store.unscheduleBilling(sessionIds);
    }

    /** The session as stored, for billing (no access check: callers are system code). */
    public Optional<Session> find(String sessionId) {
        return store.find(sessionId);
    }

    /**
     * Billing got through {@code units} units; {@code seenAt} (optional) is when both participants were last
     * seen, {@code lookAt} (optional) when billing is to look at the session next.
     */
    public void recordUnits(String sessionId, long units, Instant seenAt, Instant lookAt) {
        store.recordUnits(sessionId, units, seenAt, lookAt);
        cache.remove(sessionId);
    }

    /** {@link #recordUnits} for many sessions at once. */
    public void recordUnitsAll(List<UnitsBilled> records) {
        store.recordUnitsAll(records);
        records.forEach(r -> cache.remove(r.sessionId()));
    }

    /** Both participants of these sessions are connected at {@code at}; each maps to when billing is to look at it next. */
    public void recordSeen(java.util.Map<String, Instant> lookAt, Instant at) {
        store.recordSeen(lookAt, at);
    }

    public void recordLowWarned(String sessionId, long unit) {
        store.recordLowWarned(sessionId, unit);
    }

    public void recordSettlement(String sessionId, Settlement settlement) {
        store.settle(sessionId, settlement);
        cache.remove(sessionId);
    }

    /** An expert's settled sessions in one currency, latest first. */
    public List<Session> settledOfExpert(String expertId, String currency, int page, int size) {
        return store.settledOfExpert(expertId, currency, page, size);
    }

    public long countSettledOfExpert(String expertId, String currency) {
        return store.countSettledOfExpert(expertId, currency);
    }

    /** An ended session without a tariff (from before billing) has nothing to settle. */
    public void nothingToSettle(String sessionId) {
        store.nothingToSettle(sessionId);
    }

    /** Ended sessions whose settlement the server did not get to (it stopped in between). */
    public List<Session> unsettled(int limit) {
        return store.unsettled(clock.instant(), limit);
    }

    /** A session as one of its participants or an administrator sees it; others get 404, not a hint it exists. */
    public Session view(String sessionId, String userId, boolean admin) {
        Session session = store.find(sessionId).orElseThrow(SessionService::noSuchSession);
        if (!session.isParticipant(userId) && !admin) {
            throw noSuchSession();
        }
        return session;
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

    /**
     * A recent copy for the realtime gateway's per-message checks: changes made on this server show at
     * once, others within {@link #CACHE_FOR}.
     */
    public Optional<Session> cached(String sessionId) {
        Cached entry = cache.get(sessionId);
        if (entry != null && (entry.closed() || System.nanoTime() - entry.loadedAtNanos() < CACHE_FOR.toNanos())) {
            return Optional.of(entry.session());
        }
        Optional<Session> loaded = store.find(sessionId);
        loaded.ifPresentOrElse(this::remember, () -> cache.remove(sessionId));
        return loaded;
    }

    public void markRead(Session session, String userId, long seq) {
        store.markRead(session.id(), session.isClient(userId), seq);
    }

    /** The user's last connection closed: their ACTIVE sessions count them away from now. */
    public void markAway(String userId) {
        store.markAway(participations(userId), clock.instant());
    }

    /** The user connected again. */
    public void markBack(String userId) {
        store.markBack(participations(userId), clock.instant());
    }

    /** Participants of a session just accepted who are not connected: away from now. */
    public void markAway(Session session, boolean client, boolean expert) {
        List<SessionStore.Participant> away = new java.util.ArrayList<>();
        if (client) {
            away.add(new SessionStore.Participant(session.id(), true));
        }
        if (expert) {
            away.add(new SessionStore.Participant(session.id(), false));
        }
        store.markAway(away, clock.instant());
    }

    /**
     * At start-up nobody is connected: every participant of every ACTIVE session counts as away since
     * the last moment billing saw both connected ({@code seenAt}), not since now, so the time the server
     * was down is billed only up to that moment plus the disconnect grace (the recovery policy). Billing
     * looks at every ACTIVE session in its first sweep (which also schedules sessions a build before the
     * {@code billingDue} field left without one).
     */
    public void markEveryoneAway() {
        java.util.Map<SessionStore.Participant, Instant> all = new java.util.HashMap<>();
        java.util.Map<String, Instant> lookNow = new java.util.HashMap<>();
        Instant now = clock.instant();
        for (Session session : store.active()) {
            Instant since = session.seenAt() != null ? session.seenAt() : session.startedAt();
            since = since == null || since.isAfter(now) ? now : since;
            all.put(new SessionStore.Participant(session.id(), true), since);
            all.put(new SessionStore.Participant(session.id(), false), since);
            lookNow.put(session.id(), now);
        }
        store.markAway(all);
        store.scheduleBilling(lookNow);
    }

    private List<SessionStore.Participant> participations(String userId) {
        return store.activeOf(userId).stream().map(s -> new SessionStore.Participant(s.id(), s.isClient(userId))).toList();
    }

    /** How long a participant may stay away before the session ends (billing stops at the same moment). */
    public Duration disconnectGrace() {
        return disconnectGrace;
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

    /** Ends ACTIVE sessions where a participant has been away (no connection) for the grace period. */
    public int endDisconnected() {
        int ended = 0;
        Instant now = clock.instant();
        for (SessionStore.AwayDue due : store.awayDueBy(now.minus(disconnectGrace))) {
            Session session = due.session();
            Instant away = session.awaySince();
            if (session.state() != SessionState.ACTIVE || away == null || away.plus(disconnectGrace).isAfter(now)) {
                // back since (or the one away now left later): look again when the earliest away mark's grace
                // is over, or one grace from now when nobody is away (a later key would risk missing an away
                // mark made while this ran: the compare-and-set cannot see one that did not lower the key)
                store.moveAwayDue(due, session.state() != SessionState.ACTIVE ? null : away != null ? away : now);
                continue;
            }
            // the session is over when the grace ran out, not when this sweep noticed
            Instant graceOver = away.plus(disconnectGrace);
            Instant endedAt = graceOver.isAfter(now) ? now
                    : session.startedAt() != null && graceOver.isBefore(session.startedAt()) ? session.startedAt() : graceOver;
            if (endBySystem(session.id(), EndReason.DISCONNECT, endedAt)) {
                LOG.info(() -> "Session " + session.id() + " ended: a participant stayed disconnected over " + disconnectGrace);
                ended++;
            }
        }
        return ended;
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
            throw ProblemException.forbidden("Only the expert of a session can " + action + " it.");
        }
    }

    private ProblemException stateConflict(String sessionId, String wanted) {
        SessionState now = store.find(sessionId).map(Session::state).orElse(null);
        return ProblemException.conflict("The session cannot be " + wanted + ": it is "
                + (now == null ? "gone" : now.name()) + ".");
    }

    private static ProblemException noSuchSession() {
        return ProblemException.notFound("No such session.");
    }

    private Session changed(Session session) {
        remember(session);
        events.fire(SessionEvent.of(session));
        return session;
    }

    private void remember(Session session) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(session.id(), new Cached(session, System.nanoTime(), !session.state().isOpen()));
    }
}
