package dev.skillfast.billing.domain;

import java.time.Duration;
import java.time.Instant;

import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Tariff;

/**
 * When units are due and when billing looks at a session next: pure rules, no I/O. A unit is due at its
 * start: unit 0 at acceptance, unit {@code i} at {@code startedAt + i × unit}. While a participant is away,
 * units are due only if they start within the disconnect grace (the session ends when it runs out).
 */
public final class BillingSchedule {

    private static final Duration MAX_SEEN_EVERY = Duration.ofSeconds(30);
    /** How often a session with nothing left to bill while someone is away is looked at. */
    static final long AWAY_LOOK_SECONDS = 30;

    private BillingSchedule() {
    }

    /** Units that have started: by now while ACTIVE, before the end once ENDED (at least one once started). */
    static long unitsDue(BilledSession s, Instant now) {
        Tariff tariff = s.tariff();
        if (s.state() == SessionState.ENDED) {
            Instant endedAt = s.session().endedAt();
            return endedAt == null ? 0 : Math.max(1, tariff.unitsStartedBefore(s.startedAt(), endedAt));
        }
        if (s.state() != SessionState.ACTIVE) {
            return 0;
        }
        return tariff.unitsStartedBy(s.startedAt(), now);
    }

    /** Units due, capped for ACTIVE sessions with someone away: only those starting before the grace runs out. */
    static long unitsDue(BilledSession s, Instant now, Duration grace) {
        long due = unitsDue(s, now);
        Instant away = s.awaySince();
        if (s.state() == SessionState.ACTIVE && away != null) {
            due = Math.min(due, Math.max(1, s.tariff().unitsStartedBefore(s.startedAt(), away.plus(grace))));
        }
        return due;
    }

    /** Whether the "both seen" time (the crash-recovery clock) is due for a refresh. */
    static boolean seenIsStale(BilledSession s, Instant now) {
        return s.seenAt() == null || !s.seenAt().plus(seenEvery(s.tariff())).isAfter(now);
    }

    /** How often the "both seen" time is refreshed: half a unit, at most 30 s. */
    static Duration seenEvery(Tariff tariff) {
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
    static Instant nextLook(BilledSession s, long unitsBilled, Instant seenAt, Instant now, Duration grace) {
        Tariff tariff = s.tariff();
        Instant look = tariff.unitStart(s.startedAt(), unitsBilled);
        Instant away = s.awaySince();
        if (away == null) {
            Instant refresh = (seenAt == null ? now : seenAt).plus(seenEvery(tariff));
            look = refresh.isBefore(look) ? refresh : look;
        } else if (!look.isBefore(away.plus(grace))) {
            return now.plusSeconds(AWAY_LOOK_SECONDS); // nothing more to bill unless they come back (due at once then)
        }
        return look.isAfter(now) ? look : now;
    }
}
