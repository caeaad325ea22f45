package dev.skillfast.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skillfast.sessions.domain.SessionState;

/**
 * What one sweep is to do with the sessions whose billing look had come: a pure decision from the sessions
 * as read, the time and the disconnect grace, so it is tested without a database.
 *
 * @param oneUnitEach ACTIVE sessions with exactly one paid unit due, the usual case: charged in batches
 * @param unitByUnit  ACTIVE sessions with free units or a backlog due (after a stop): charged one by one
 * @param seen        ACTIVE sessions with nothing due and both participants here whose "both seen" time is to
 *                    be refreshed, each with its next look
 * @param later       ACTIVE sessions with nothing due now, each with its next look
 * @param settle      ENDED sessions not settled yet (the end's own settlement did not happen): settled now
 * @param drop        sessions billing has nothing more to do with (settled, or never started), off the list
 */
public record SweepPlan(List<BilledSession> oneUnitEach, List<BilledSession> unitByUnit, Map<String, Instant> seen,
                        Map<String, Instant> later, List<BilledSession> settle, List<String> drop) {

    /** Decides, for each session read, what the sweep does with it. */
    public static SweepPlan of(List<BilledSession> due, Instant now, Duration grace) {
        SweepPlan plan = new SweepPlan(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new ArrayList<>(), new ArrayList<>());
        for (BilledSession s : due) {
            if (s.state() == SessionState.ACTIVE && s.billable()) {
                plan.planActive(s, now, grace);
            } else if (s.state() == SessionState.ENDED && s.billable() && s.billing().settlement() == null) {
                plan.settle.add(s);
            } else if (s.state() != SessionState.REQUESTED) {
                plan.drop.add(s.id());
            }
            // a REQUESTED one was marked due just before its accept: it is ACTIVE by the next sweep, or closed
        }
        return plan;
    }

    private void planActive(BilledSession s, Instant now, Duration grace) {
        long due = BillingSchedule.unitsDue(s, now, grace);
        long billed = s.unitsBilled();
        if (due > billed) {
            (due == billed + 1 && !s.tariff().isFree(billed) ? oneUnitEach : unitByUnit).add(s);
        } else if (s.awaySince() == null && BillingSchedule.seenIsStale(s, now)) {
            seen.put(s.id(), BillingSchedule.nextLook(s, billed, now, now, grace));
        } else {
            later.put(s.id(), BillingSchedule.nextLook(s, billed, s.seenAt(), now, grace));
        }
    }

    /** How many sessions the plan charges or settles. */
    public int toCharge() {
        return oneUnitEach.size() + unitByUnit.size() + settle.size();
    }
}
