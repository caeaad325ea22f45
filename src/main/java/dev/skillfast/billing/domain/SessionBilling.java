package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import dev.skillfast.sessions.domain.UnitsBilled;

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
    private static final long AWAY_LOOK_SECONDS = 30;
    private static final int SWEEP_PARALLELISM = 4;
    /** Sessions charged in one batch (one insert, one debit write, one credit write, one status write, one session write). */
    private static final int BATCH = 250;

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

    /**
     * What one sweep did: sessions read (those due to be looked at), units charged, sessions whose "both
     * seen" time it refreshed; how long the read of the sessions took and the whole sweep.
     */
    public record SweepReport(int sessions, int charges, int seen, long readMillis, long millis, Instant at) {
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

    /**
     * Charges every ACTIVE session's due units; answers what it did. It reads only the sessions whose
     * {@code billingDue} time has come (see {@link #nextLook}): every write of billing's progress sets the
     * next one, and a participant coming back sets it to now. The common case, one paid unit due,
     * is charged in batches ({@link Ledger#postAll}: a handful of writes per batch instead of several per
     * unit); anything else (free units, a backlog after a stop) goes unit by unit through
     * {@link #chargeDue}. Batches and the unit-by-unit sessions run in a few lanes at once: sessions are
     * independent (each has its own wallet and earnings account, the platform's account takes plain
     * increments), so the database works on one lane's writes while another prepares its own.
     */
    public SweepReport sweep() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<Session> looked = sessions.billingDue(now);
        long read = System.nanoTime();
        Duration grace = sessions.disconnectGrace();
        List<Session> onePaidUnitDue = new ArrayList<>();
        List<Session> unitByUnit = new ArrayList<>();
        Map<String, Instant> seen = new LinkedHashMap<>();
        Map<String, Instant> later = new HashMap<>();
        List<String> over = new ArrayList<>();
        for (Session session : looked) {
            Tariff tariff = session.tariff();
            if (session.state() != SessionState.ACTIVE || tariff == null || session.startedAt() == null) {
                over.add(session.id()); // ended after a racing write scheduled it (its settlement charges the rest)
                continue;
            }
            long due = unitsDue(session, tariff, now, grace);
            long billed = session.unitsBilled();
            if (due <= billed) {
                if (session.awaySince() == null && seenIsStale(session, now)) {
                    seen.put(session.id(), nextLook(session, tariff, billed, now, now, grace));
                } else {
                    later.put(session.id(), nextLook(session, tariff, billed, session.seenAt(), now, grace));
                }
            } else if (due == billed + 1 && !tariff.isFree(billed)) {
                onePaidUnitDue.add(session);
            } else {
                unitByUnit.add(session);
            }
        }
        List<Runnable> work = new ArrayList<>();
        AtomicInteger charges = new AtomicInteger();
        for (int from = 0; from < onePaidUnitDue.size(); from += BATCH) {
            List<Session> batch = onePaidUnitDue.subList(from, Math.min(onePaidUnitDue.size(), from + BATCH));
            work.add(logged(() -> charges.addAndGet(chargeOneUnitEach(batch, now, grace)),
                    "Billing of " + batch.size() + " sessions failed; next sweep retries"));
        }
        List<String> seenIds = new ArrayList<>(seen.keySet());
        for (int from = 0; from < seenIds.size(); from += BATCH) {
            // sessions with nothing due: their "both seen" refresh runs beside the charges
            Map<String, Instant> batch = new HashMap<>();
            seenIds.subList(from, Math.min(seenIds.size(), from + BATCH)).forEach(id -> batch.put(id, seen.get(id)));
            work.add(logged(() -> sessions.recordSeen(batch, now),
                    "Recording " + batch.size() + " sessions as seen failed; next sweep retries"));
        }
        if (!later.isEmpty() || !over.isEmpty()) {
            work.add(logged(() -> {
                sessions.scheduleBilling(later);
                sessions.unscheduleBilling(over);
            }, "Rescheduling " + (later.size() + over.size()) + " sessions failed; next sweep retries"));
        }
        for (Session session : unitByUnit) {
            work.add(logged(() -> charges.addAndGet(chargeDue(session)),
                    "Billing of session " + session.id() + " failed; next sweep retries"));
        }
        Executor executor = sweepers == null ? Runnable::run : sweepers;
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < SWEEP_PARALLELISM; lane++) {
            List<Runnable> share = every(work, lane, SWEEP_PARALLELISM);
            lanes.add(CompletableFuture.runAsync(() -> share.forEach(Runnable::run), executor));
        }
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
        return new SweepReport(looked.size(), charges.get(), seen.size(), Duration.ofNanos(read - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), now);
    }

    /** Charges the next unit of each of these ACTIVE sessions (one paid unit due each) as one batch; answers how many it charged. */
    private int chargeOneUnitEach(List<Session> batch, Instant now, Duration grace) {
        List<Ledger.Draft> drafts = new ArrayList<>(batch.size());
        for (Session session : batch) {
            drafts.add(chargeDraft(session, session.tariff(), session.unitsBilled()));
        }
        List<Ledger.Posted> posted = ledger.postAll(drafts);
        List<UnitsBilled> billed = new ArrayList<>();
        List<Runnable> announcements = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Session session = batch.get(i);
            Ledger.Posted charge = posted.get(i);
            long unit = session.unitsBilled();
            switch (charge.entry().status()) {
                case APPLIED -> {
                    Instant seenAt = session.awaySince() == null ? now : null;
                    billed.add(new UnitsBilled(session.id(), unit + 1, seenAt,
                            nextLook(session, session.tariff(), unit + 1, seenAt != null ? seenAt : session.seenAt(), now, grace)));
                    announcements.add(() -> announce(session, session.tariff(), unit + 1, charge.guardedBalance()));
                }
                case REFUSED -> endForFunds(session, session.tariff(), unit, now);
                case PENDING -> {
                    // someone else is charging this unit right now and has not finished: a later sweep goes on
                }
            }
        }
        sessions.recordUnitsAll(billed);
        announcements.forEach(Runnable::run);
        return billed.size();
    }

    /** One piece of a sweep: a failure is logged and left to the next sweep, the others go on. */
    private static Runnable logged(Runnable work, String failure) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, failure, e);
            }
        };
    }

    private static <T> List<T> every(List<T> all, int offset, int step) {
        List<T> share = new ArrayList<>();
        for (int i = offset; i < all.size(); i += step) {
            share.add(all.get(i));
        }
        return share;
    }

    private static boolean seenIsStale(Session session, Instant now) {
        return session.seenAt() == null || !session.seenAt().plus(seenEvery(session.tariff())).isAfter(now);
    }

    /** How often the "both seen" time (the crash-recovery clock) is refreshed: half a unit, at most 30 s. */
    private static Duration seenEvery(Tariff tariff) {
        Duration every = tariff == null ? MAX_SEEN_EVERY : tariff.unit().dividedBy(2);
        return every.compareTo(MAX_SEEN_EVERY) > 0 ? MAX_SEEN_EVERY : every;
    }

    /**
     * When the sweep is to look at an ACTIVE session next, once {@code unitsBilled} units are billed and
     * both were last seen at {@code seenAt}: the next unit's start, or the next "both seen" refresh if
     * that comes first and nobody is away. Never later than the first of them, so a look is never late;
     * a unit still due (its charge was left PENDING by another writer) keeps the session due now. A session
     * with nothing left to bill while someone is away (the next unit starts after the grace runs out; the
     * session sweep ends it then) is looked at again after {@value #AWAY_LOOK_SECONDS} s.
     */
    static Instant nextLook(Session session, Tariff tariff, long unitsBilled, Instant seenAt, Instant now, Duration grace) {
        Instant look = tariff.unitStart(session.startedAt(), unitsBilled);
        Instant away = session.awaySince();
        if (away == null) {
            Instant refresh = (seenAt == null ? now : seenAt).plus(seenEvery(tariff));
            look = refresh.isBefore(look) ? refresh : look;
        } else if (!look.isBefore(away.plus(grace))) {
            return now.plusSeconds(AWAY_LOOK_SECONDS); // nothing more to bill unless they come back (due at once then)
        }
        return look.isAfter(now) ? look : now;
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
        Duration grace = sessions.disconnectGrace();
        long due = unitsDue(session, tariff, now, grace);
        long units = session.unitsBilled();
        int processed = 0;
        boolean active = session.state() == SessionState.ACTIVE;
        boolean bothHere = session.awaySince() == null && active;
        for (long unit = units; unit < due; unit++) {
            if (!tariff.isFree(unit)) {
                JournalEntry charge = ledger.post(chargeDraft(session, tariff, unit));
                if (charge.status() == EntryStatus.PENDING) {
                    break; // someone else is charging this unit right now and has not finished: a later sweep goes on
                }
                if (charge.status() == EntryStatus.REFUSED) {
                    if (session.state() == SessionState.ACTIVE) {
                        endForFunds(session, tariff, unit, now);
                    }
                    break;
                }
            }
            units = unit + 1;
            processed++;
            sessions.recordUnits(session.id(), units, bothHere ? now : null,
                    active ? nextLook(session, tariff, units, bothHere ? now : session.seenAt(), now, grace) : null);
        }
        if (processed > 0) {
            announce(session, tariff, units, null);
        }
        return processed;
    }

    /** The wallet could not pay {@code unit}: the session ends at that unit's start. */
    private void endForFunds(Session session, Tariff tariff, long unit, Instant now) {
        Instant boundary = tariff.unitStart(session.startedAt(), unit);
        LOG.info(() -> "Session " + session.id() + " ends: the wallet cannot pay unit " + unit);
        sessions.endBySystem(session.id(), EndReason.FUNDS, boundary.isAfter(now) ? now : boundary);
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

    /** @param balanceAfter the wallet's balance after the last charge when known; null reads it */
    private void announce(Session session, Tariff tariff, long units, Long balanceAfter) {
        long balance = balanceAfter != null ? balanceAfter : wallets.balance(session.clientId(), tariff.currency());
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
            if (ended.state() == SessionState.ENDED) {
                sessions.nothingToSettle(ended.id());
            }
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
