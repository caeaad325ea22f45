package dev.skillfast.costcentres.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryDraft;
import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalEntry;
import dev.skillfast.billing.domain.Ledger;
import dev.skillfast.billing.domain.Posting;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.costcentres.store.CostCentreStore;

/**
 * Cost centres' budgets in the ledger. A centre's budget is the account {@code costcentre:<code>:<CUR>},
 * which pays its members' sessions and never goes below zero. On the first of each month (in the
 * configured time zone) it is set to the monthly amount by one BUDGET entry, from or to external funding,
 * under the key {@code budget:<code>:<month>}: any number of servers and sweeps set it once. What was
 * left of the month before lapses (it goes back to funding in the same entry). An administrator's change
 * of the amount moves the budget by the difference at once.
 */
@ApplicationScoped
public class Budgets {

    private static final Logger LOG = Logger.getLogger(Budgets.class.getName());

    @Inject
    CostCentreStore store;

    @Inject
    Ledger ledger;

    @Inject
    Wallets wallets;

    @Inject
    CostCentreSettings settings;

    @Inject
    Clock clock;

    public Budgets() {
    }

    /** For tests outside the container. */
    public Budgets(CostCentreStore store, Ledger ledger, Wallets wallets, CostCentreSettings settings, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.wallets = wallets;
        this.settings = settings;
        this.clock = clock;
    }

    /** The budget month now, in the configured zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), settings.zone()));
    }

    /** Where a month starts, in the configured zone. */
    public Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(settings.zone()).toInstant();
    }

    public long balance(CostCentre c) {
        return wallets.accountBalance(AccountIds.costCentre(c.code(), c.currency()));
    }

    /** What sessions charged the centre in a month. */
    public long spentIn(CostCentre c, YearMonth month) {
        long[] spent = {0};
        wallets.eachLine(AccountIds.costCentre(c.code(), c.currency()), EntryType.SESSION_CHARGE, startOf(month),
                startOf(month.plusMonths(1)), line -> spent[0] -= line.amount());
        return spent[0];
    }

    /** Sets every active centre's budget for the current month where that is not done yet; answers how many. */
    public int setDue() {
        String month = currentMonth().toString();
        int set = 0;
        for (CostCentre c : store.all()) {
            if (c.active() && (c.budgetMonth() == null || c.budgetMonth().compareTo(month) < 0)) {
                set += setFor(c, month) ? 1 : 0;
            }
        }
        return set;
    }

    /** Sets this centre's budget for the current month unless that was done. */
    public void ensureCurrent(CostCentre c) {
        String month = currentMonth().toString();
        if (c.budgetMonth() == null || c.budgetMonth().compareTo(month) < 0) {
            setFor(c, month);
        }
    }

    /**
     * One BUDGET entry takes the account from what it holds to the monthly amount. Read and post race with
     * charges: a charge between them belongs to the new month and stays charged. Lowering it can be refused
     * when a charge took the balance below the cut meanwhile: then it is worked out again, under a new key.
     */
    private boolean setFor(CostCentre c, String month) {
        String account = AccountIds.costCentre(c.code(), c.currency());
        for (int attempt = 0; attempt < 3; attempt++) {
            String key = "budget:" + c.code() + ':' + month + (attempt == 0 ? "" : ":" + attempt);
            long delta = c.monthlyBudget() - wallets.accountBalance(account);
            JournalEntry entry = delta == 0 ? null : ledger.post(draft(key, c, delta, "Budget for " + month, null));
            if (entry == null || entry.status() == EntryStatus.APPLIED) {
                store.budgetSetFor(c.code(), month, clock.instant());
                LOG.fine(() -> "Budget of cost centre " + c.code() + " set for " + month);
                return true;
            }
            if (entry.status() == EntryStatus.PENDING) {
                return false; // another server is writing it: the next sweep sees it done
            }
        }
        return false;
    }

    /**
     * An administrator changed the monthly amount: this month's budget moves by the difference (never
     * below zero), under a key naming the centre's version, so a retried change moves it once.
     */
    public void amountChanged(CostCentre before, CostCentre after, String adminId) {
        if (!currentMonth().toString().equals(before.budgetMonth()) || !after.active()) {
            ensureCurrent(after);
            return;
        }
        long delta = after.monthlyBudget() - before.monthlyBudget();
        if (delta < 0) {
            delta = -Math.min(-delta, balance(before));
        }
        if (delta != 0) {
            ledger.post(draft("budget-change:" + after.code() + ':' + after.version(), after, delta,
                    "Monthly budget changed from " + before.monthlyBudget() + " to " + after.monthlyBudget(), adminId));
        }
    }

    private static EntryDraft draft(String key, CostCentre c, long delta, String reason, String by) {
        return new EntryDraft(EntryType.BUDGET, key, c.currency(), List.of(
                new Posting(AccountIds.funding(c.currency()), -delta),
                new Posting(AccountIds.costCentre(c.code(), c.currency()), delta)), null, null, reason, by);
    }
}
