package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;

/**
 * Per-unit billing of sessions. A unit is charged when it starts: unit 0 at acceptance, the others by
 * the sweep, and whatever started before the end when the session ends. Each unit's charge is one
 * journal entry under the key {@code sessionId:unitIndex}, so any number of attempts (two sweeps, two
 * servers, a sweep racing the end) charge it once. A unit the wallet cannot pay ends the session with
 * reason FUNDS at that unit's start.
 *
 * <p>While a participant is away (no connection), units keep being charged only if they start within
 * the disconnect grace: the session ends when the grace runs out. After a crash the away time is the
 * last moment billing saw both connected ({@code seenAt}), so the down time is billed up to that moment
 * plus the grace, and not beyond.
 */
@ApplicationScoped
public class SessionBilling {

    private static final Logger LOG = Logger.getLogger(SessionBilling.class.getName());
    private static final Duration MAX_SEEN_EVERY = Duration.ofSeconds(30);
    private static final int SWEEP_PARALLELISM = 4;

    @Inject
    SessionService sessions;

    @Inject
    Ledger ledger;

    @Inject
    Wallets wallets;

    @Inject
    Clock clock;

    @Inject
    Event<BillingTick> ticks;

    @Inject
    Event<BalanceLow> lows;

    /** The container's managed threads (they carry the application's context); null runs a sweep on the caller's thread. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor sweepers;

    /** What one sweep did. */
    public record SweepReport(int sessions, int charges, long millis, Instant at) {
    }

    /** Runs after the realtime gateway told the participants (its observers have the default priority). */
    void onSessionChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) SessionEvent event) {
        Session session = event.session();
        try {
            if (session.state() == SessionState.ACTIVE && "accepted".equals(event.type())) {
                chargeDue(session);
            } else if (session.state() == SessionState.ENDED) {
                settle(session);
            }
        } catch (RuntimeException e) {
            // the sweep and the recovery pick it up again; the session change itself stands
            LOG.log(Level.WARNING, "Billing of session " + session.id() + " deferred", e);
        }
    }

    /** Charges every ACTIVE session's due units; answers what it did. */
    public SweepReport sweep() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<Session> active = sessions.active();
        AtomicInteger charges = new AtomicInteger();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        // sessions are independent (each has its own wallet and earnings account, and the platform's
        // account takes plain increments), so a few run at once: the database works on several writes in
        // parallel while one session waits for its own
        Executor executor = sweepers == null ? Runnable::run : sweepers;
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < SWEEP_PARALLELISM; lane++) {
            List<Session> share = every(active, lane, SWEEP_PARALLELISM);
            Runnable work = () -> share.forEach(session -> {
                try {
                    int charged = chargeDue(session);
                    charges.addAndGet(charged);
                    if (charged == 0 && session.awaySince() == null && seenIsStale(session, now)) {
                        seen.add(session.id());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Billing of session " + session.id() + " failed; next sweep retries", e);
                }
            });
            lanes.add(CompletableFuture.runAsync(work, executor));
        }
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
        sessions.recordSeen(seen, now);
        return new SweepReport(active.size(), charges.get(), Duration.ofNanos(System.nanoTime() - started).toMillis(), now);
    }

    private static <T> List<T> every(List<T> all, int offset, int step) {
        List<T> share = new ArrayList<>();
        for (int i = offset; i < all.size(); i += step) {
            share.add(all.get(i));
        }
        return share;
    }

    private static boolean seenIsStale(Session session, Instant now) {
        Duration every = session.tariff() == null ? MAX_SEEN_EVERY : session.tariff().unit().dividedBy(2);
        every = every.compareTo(MAX_SEEN_EVERY) > 0 ? MAX_SEEN_EVERY : every;
        return session.seenAt() == null || !session.seenAt().plus(every).isAfter(now);
    }

    /**
     * Charges the units of this session that are due and not yet billed; answers how many units it
     * processed (free ones included).
     */
    public int chargeDue(Session session) {
        Tariff tariff = session.tariff();
        if (tariff == null || session.startedAt() == null) {
            return 0;
        }
        Instant now = clock.instant();
        long due = unitsDue(session, tariff, now, sessions.disconnectGrace());
        long units = session.unitsBilled();
        int processed = 0;
        boolean bothHere = session.awaySince() == null && session.state() == SessionState.ACTIVE;
        for (long unit = units; unit < due; unit++) {
            if (!tariff.isFree(unit)) {
                JournalEntry charge = ledger.post(chargeDraft(session, tariff, unit));
                if (charge.status() == EntryStatus.PENDING) {
                    break; // someone else is charging this unit right now and has not finished: a later sweep goes on
                }
                if (charge.status() == EntryStatus.REFUSED) {
                    if (session.state() == SessionState.ACTIVE) {
                        Instant boundary = tariff.unitStart(session.startedAt(), unit);
                        long refused = unit;
                        LOG.info(() -> "Session " + session.id() + " ends: the wallet cannot pay unit " + refused);
                        sessions.endBySystem(session.id(), EndReason.FUNDS, boundary.isAfter(now) ? now : boundary);
                    }
                    break;
                }
            }
            units = unit + 1;
            processed++;
            sessions.recordUnits(session.id(), units, bothHere ? now : null);
        }
        if (processed > 0) {
            announce(session, tariff, units);
        }
        return processed;
    }

    /** Units that have started: by now while ACTIVE (within the grace while someone is away), before the end once ENDED. */
    static long unitsDue(Session session, Tariff tariff, Instant now) {
        if (session.state() == SessionState.ENDED) {
            return session.endedAt() == null ? 0 : Math.max(1, tariff.unitsStartedBefore(session.startedAt(), session.endedAt()));
        }
        if (session.state() != SessionState.ACTIVE) {
            return 0;
        }
        return tariff.unitsStartedBy(session.startedAt(), now);
    }

    /** Units due, capped for sessions with someone away: only those starting before the grace runs out. */
    static long unitsDue(Session session, Tariff tariff, Instant now, Duration grace) {
        long due = unitsDue(session, tariff, now);
        Instant away = session.awaySince();
        if (session.state() == SessionState.ACTIVE && away != null) {
            due = Math.min(due, Math.max(1, tariff.unitsStartedBefore(session.startedAt(), away.plus(grace))));
        }
        return due;
    }

    private Ledger.Draft chargeDraft(Session session, Tariff tariff, long unit) {
        String currency = tariff.currency();
        List<Posting> postings = new ArrayList<>(3);
        postings.add(new Posting(AccountIds.wallet(session.clientId(), currency), -tariff.rate()));
        if (tariff.expertSharePerUnit() != 0) {
            postings.add(new Posting(AccountIds.earnings(session.expertId(), currency), tariff.expertSharePerUnit()));
        }
        if (tariff.commissionPerUnit() != 0) {
            postings.add(new Posting(AccountIds.commission(currency), tariff.commissionPerUnit()));
        }
        return new Ledger.Draft(EntryType.SESSION_CHARGE, chargeKey(session.id(), unit), currency, postings, session.id(),
                unit, null, null);
    }

    public static String chargeKey(String sessionId, long unit) {
        return sessionId + ':' + unit;
    }

    private void announce(Session session, Tariff tariff, long units) {
        long balance = wallets.balance(session.clientId(), tariff.currency());
        boolean active = session.state() == SessionState.ACTIVE;
        Instant next = active ? tariff.unitStart(session.startedAt(), units) : null;
        ticks.fire(new BillingTick(session.id(), session.clientId(), session.expertId(), units,
                Math.min(units, tariff.freeUnits()), tariff.costOf(units), tariff.currency(), balance, tariff.rate(), next));
        if (active && !tariff.isFree(units) && balance < tariff.rate() && session.lowWarnedUnit() < units) {
            sessions.recordLowWarned(session.id(), units);
            lows.fire(new BalanceLow(session.id(), session.clientId(), session.expertId(), balance, tariff.rate(),
                    tariff.currency(), next));
        }
    }

    /** Charges what started before the end, then stores the session's settlement. */
    public void settle(Session ended) {
        if (ended.tariff() == null || ended.startedAt() == null || ended.endedAt() == null) {
            return;
        }
        chargeDue(ended);
        Session now = sessions.find(ended.id()).orElse(ended);
        sessions.recordSettlement(ended.id(), Settlement.of(now.tariff(), now.startedAt(), now.endedAt(),
                now.unitsBilled(), clock.instant()));
    }

    /** Settles ended sessions a stopped server did not settle; answers how many. */
    public int settleLeftovers() {
        int settled = 0;
        for (Session session : sessions.unsettled(500)) {
            try {
                settle(session);
                settled++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Settlement of session " + session.id() + " failed; retried later", e);
            }
        }
        return settled;
    }
}
