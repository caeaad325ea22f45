package dev.skillfast.billing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.SessionPresence;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Tariff;

/**
 * Charging a session's units. Each unit's charge is one journal entry under the key
 * {@code sessionId:unitIndex}, so any number of attempts (two sweeps, two servers, a sweep racing the end)
 * charge it once. The payer is the client's wallet or their cost centre's budget. A unit the payer cannot
 * pay, or that would take a cost centre's session past its limit, ends the session with reason FUNDS at
 * that unit's start.
 * After a charge both participants get a {@link BillingTick}, and a {@link BalanceLow} when the balance
 * left cannot pay the next unit.
 */
@ApplicationScoped
public class UnitCharges {

    private static final Logger LOG = Logger.getLogger(UnitCharges.class.getName());

    @Inject
    SessionBillingStore store;

    @Inject
    Ledger ledger;

    @Inject
    Wallets wallets;

    @Inject
    SessionService sessions;

    @Inject
    SessionPresence presence;

    @Inject
    Clock clock;

    @Inject
    Event<BillingTick> ticks;

    @Inject
    Event<BalanceLow> lows;

    /**
     * Charges the units of this session that are due and not yet billed, one by one; answers how many
     * units it processed (free ones included).
     */
    public int chargeDue(BilledSession s) {
        if (!s.billable()) {
            return 0;
        }
        Tariff tariff = s.tariff();
        Instant now = clock.instant();
        Duration grace = presence.disconnectGrace();
        long due = BillingSchedule.unitsDue(s, now, grace);
        long units = s.unitsBilled();
        int processed = 0;
        boolean active = s.state() == SessionState.ACTIVE;
        Instant seenAt = s.awaySince() == null && active ? now : null;
        for (long unit = units; unit < due; unit++) {
            if (!tariff.isFree(unit)) {
                if (!s.session().fundedBy().allows(tariff.costOf(unit + 1))) {
                    if (active) {
                        endForFunds(s, unit, now); // the session reached the most its cost centre lets it cost
                    }
                    break;
                }
                JournalEntry charge = ledger.post(chargeDraft(s, unit));
                if (charge.status() == EntryStatus.PENDING) {
                    break; // someone else is charging this unit right now and has not finished: a later sweep goes on
                }
                if (charge.status() == EntryStatus.REFUSED) {
                    if (active) {
                        endForFunds(s, unit, now);
                    }
                    break;
                }
            }
            units = unit + 1;
            processed++;
            store.recordUnits(new UnitsBilled(s.id(), units, seenAt,
                    active ? BillingSchedule.nextLook(s, units, seenAt != null ? seenAt : s.seenAt(), now, grace) : null));
        }
        if (processed > 0) {
            announce(s, units, null);
        }
        return processed;
    }

    /**
     * Charges the next unit of each of these ACTIVE sessions (one paid unit due each) as one batch (see
     * {@link BatchPosting}); answers how many it charged.
     */
    public int chargeOneUnitEach(List<BilledSession> due, Instant now, Duration grace) {
        List<BilledSession> batch = new ArrayList<>(due.size());
        for (BilledSession s : due) {
            if (s.session().fundedBy().allows(s.tariff().costOf(s.unitsBilled() + 1))) {
                batch.add(s);
            } else {
                endForFunds(s, s.unitsBilled(), now); // at its cost centre's limit
            }
        }
        List<EntryDraft> drafts = batch.stream().map(s -> chargeDraft(s, s.unitsBilled())).toList();
        List<PostedEntry> posted = ledger.postAll(drafts);
        List<UnitsBilled> billed = new ArrayList<>();
        List<Runnable> announcements = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            BilledSession s = batch.get(i);
            PostedEntry charge = posted.get(i);
            long units = s.unitsBilled() + 1;
            switch (charge.entry().status()) {
                case APPLIED -> {
                    Instant seenAt = s.awaySince() == null ? now : null;
                    billed.add(new UnitsBilled(s.id(), units, seenAt,
                            BillingSchedule.nextLook(s, units, seenAt != null ? seenAt : s.seenAt(), now, grace)));
                    announcements.add(() -> announce(s, units, charge.guardedBalance()));
                }
                case REFUSED -> endForFunds(s, s.unitsBilled(), now);
                case PENDING -> {
                    // someone else is charging this unit right now and has not finished: a later sweep goes on
                }
            }
        }
        store.recordUnitsAll(billed);
        announcements.forEach(Runnable::run);
        return billed.size();
    }

    /** The wallet could not pay {@code unit}: the session ends at that unit's start. */
    private void endForFunds(BilledSession s, long unit, Instant now) {
        Instant boundary = s.tariff().unitStart(s.startedAt(), unit);
        LOG.info(() -> "Session " + s.id() + " ends: its payer cannot pay unit " + unit);
        sessions.endBySystem(s.id(), EndReason.FUNDS, boundary.isAfter(now) ? now : boundary);
    }

    private static EntryDraft chargeDraft(BilledSession s, long unit) {
        Tariff tariff = s.tariff();
        String currency = tariff.currency();
        List<Posting> postings = new ArrayList<>(3);
        postings.add(new Posting(AccountIds.payer(s.session(), currency), -tariff.rate()));
        if (tariff.expertSharePerUnit() != 0) {
            postings.add(new Posting(AccountIds.earnings(s.session().expertId(), currency), tariff.expertSharePerUnit()));
        }
        if (tariff.commissionPerUnit() != 0) {
            postings.add(new Posting(AccountIds.commission(currency), tariff.commissionPerUnit()));
        }
        return new EntryDraft(EntryType.SESSION_CHARGE, chargeKey(s.id(), unit), currency, postings, s.id(), unit, null, null);
    }

    /** The idempotency key of a session's unit charge. */
    public static String chargeKey(String sessionId, long unit) {
        return sessionId + ':' + unit;
    }

    /**
     * @param balanceAfter the payer's balance after the last charge when known; null reads it. Under a cost
     *                     centre's limit, what is left of the limit when that is less.
     */
    private void announce(BilledSession s, long units, Long balanceAfter) {
        Tariff tariff = s.tariff();
        String clientId = s.session().clientId();
        String expertId = s.session().expertId();
        long held = balanceAfter != null ? balanceAfter : wallets.accountBalance(AccountIds.payer(s.session(), tariff.currency()));
        Long limit = s.session().fundedBy().limit();
        long balance = limit == null ? held : Math.max(0, Math.min(held, limit - tariff.costOf(units)));
        boolean active = s.state() == SessionState.ACTIVE;
        Instant next = active ? tariff.unitStart(s.startedAt(), units) : null;
        ticks.fire(new BillingTick(s.id(), clientId, expertId, units, Math.min(units, tariff.freeUnits()), tariff.costOf(units),
                tariff.currency(), balance, tariff.rate(), next));
        if (active && !tariff.isFree(units) && balance < tariff.rate() && s.billing().lowWarnedUnit() < units) {
            store.recordLowWarned(s.id(), units);
            lows.fire(new BalanceLow(s.id(), clientId, expertId, balance, tariff.rate(), tariff.currency(), next));
        }
    }
}
