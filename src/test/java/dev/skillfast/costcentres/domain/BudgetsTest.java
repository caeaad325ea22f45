package dev.skillfast.costcentres.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.BillingFixture;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.costcentres.store.CostCentreStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.FundingChoice;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Sponsorship;
import dev.skillfast.sessions.domain.SessionSponsors;
import dev.skillfast.sessions.domain.Tariff;

/**
 * A cost centre's budget in the ledger, on the embedded store with billing wired as in the container and a
 * clock moved by hand: sessions charged to it, the reset at midnight of the first in the centre's zone
 * (one BUDGET entry, however many servers look), and the report of each month summing to the journal.
 */
class BudgetsTest {

    /** 23:50 on 30 November in Madrid (UTC+1). */
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-11-30T22:50:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @TempDir
    Path dataDir;

    private BillingFixture b;
    private CostCentreStore store;
    private CostCentreSettings settings;
    private Budgets budgets;

    @BeforeEach
    void wire() {
        b = new BillingFixture(dataDir);
        b.clock.advance(Duration.between(b.clock.instant(), BEFORE_MIDNIGHT));
        store = new CostCentreStore(b.f.connection.database());
        settings = new CostCentreSettings(MADRID, Duration.ofMinutes(15), Duration.ofMinutes(1), Optional.empty());
        budgets = new Budgets(store, b.ledger, b.wallets, settings, b.clock);
        b.f.sponsors = new PaysAlways();
        b.f.expert("e1", Presence.ONLINE, 100, 0, Channel.CHAT);
    }

    @AfterEach
    void close() {
        b.close();
    }

    private CostCentre centre(String code, long budget) {
        Instant now = b.clock.instant();
        CostCentre c = new CostCentre(code, "Finance", "EUR", budget, null, List.of(), true, null, now, now, 0);
        assertThat(store.insert(c)).isTrue();
        budgets.ensureCurrent(c);
        return store.find(code).orElseThrow();
    }

    private List<Long> budgetEntries(String code) {
        List<Long> amounts = new ArrayList<>();
        b.wallets.eachLine(AccountIds.costCentre(code, "EUR"), EntryType.BUDGET, null, null, l -> amounts.add(l.amount()));
        return amounts;
    }

    @Test
    void sessionsAreChargedToTheCentreAndItsBudgetIsSetAgainAtMidnightOfTheFirstInItsZone() {
        CostCentre fin = centre("FIN", 1_000);
        assertThat(fin.budgetMonth()).isEqualTo("2026-11");
        assertThat(budgets.balance(fin)).isEqualTo(1_000);

        Session s = b.f.asking.ask("c1", "e1", Channel.CHAT, new FundingChoice(FundedBy.Type.COST_CENTRE, "FIN", null, null))
                .session();
        b.f.sessions.accept(s.id(), "e1");
        b.clock.advance(Duration.ofMinutes(3)); // 23:53: units 0-3 started
        b.billing.sweep();
        assertThat(budgets.balance(fin)).isEqualTo(600);
        assertThat(b.wallets.balance("c1", "EUR")).as("the client's wallet is not touched").isZero();

        b.clock.advance(Duration.ofMinutes(6).plusSeconds(59)); // 23:59:59 in Madrid, 22:59:59 UTC
        assertThat(budgets.setDue()).as("still November in Madrid").isZero();
        b.billing.sweep(); // units up to the one started at 23:59: 10 in all, the whole budget
        assertThat(budgets.balance(fin)).isZero();
        assertThat(b.lows.fired).as("the one-minute warning").isNotEmpty();

        b.clock.advance(Duration.ofSeconds(1)); // midnight in Madrid
        assertThat(budgets.setDue()).isEqualTo(1);
        b.billing.sweep(); // the session goes on, on December's budget
        assertThat(b.f.sessions.find(s.id()).orElseThrow().state()).isEqualTo(SessionState.ACTIVE);
        assertThat(budgets.balance(fin)).isEqualTo(900);
        b.f.sessions.end(s.id(), "c1", false);
        assertThat(budgets.setDue()).as("set once").isZero();
        new Budgets(store, b.ledger, b.wallets, settings, b.clock).ensureCurrent(fin); // another server, with an old read
        assertThat(budgets.balance(fin)).isEqualTo(900);
        assertThat(budgetEntries("FIN")).as("the November budget, then one entry for December").containsExactly(1_000L, 1_000L);
        assertThat(store.find("FIN").orElseThrow().budgetMonth()).isEqualTo("2026-12");
        assertThat(b.differences()).isEqualTo("[]");
    }

    @Test
    void whatWasLeftLapsesAndEachMonthsReportSumsToItsJournal() {
        CostCentre ops = centre("OPS", 5_000);
        Session nov = b.f.asking.ask("c1", "e1", Channel.CHAT, new FundingChoice(FundedBy.Type.COST_CENTRE, "OPS", null, null))
                .session();
        b.f.sessions.accept(nov.id(), "e1");
        b.clock.advance(Duration.ofSeconds(150)); // units 0-2
        b.f.sessions.end(nov.id(), "c1", false);
        long leftInNovember = budgets.balance(ops);
        assertThat(leftInNovember).isEqualTo(5_000 - 300);

        b.clock.advance(Duration.ofMinutes(10)); // 00:02:30 on 1 December in Madrid
        assertThat(budgets.setDue()).isEqualTo(1);
        assertThat(budgetEntries("OPS")).containsExactly(300L, 5_000L); // newest first: the top-up of what was spent
        Session dec = b.f.asking.ask("c2", "e1", Channel.CHAT, new FundingChoice(FundedBy.Type.COST_CENTRE, "OPS", null, null))
                .session();
        b.f.sessions.accept(dec.id(), "e1");
        b.clock.advance(Duration.ofSeconds(61)); // units 0-1
        b.f.sessions.end(dec.id(), "c2", false);

        Chargebacks chargebacks = new Chargebacks();
        chargebacks.centres = store;
        chargebacks.wallets = b.wallets;
        chargebacks.sessions = b.f.sessions;
        chargebacks.budgets = budgets;
        chargebacks.settings = settings;
        ChargebackReport november = chargebacks.report("OPS", YearMonth.of(2026, 11), "admin", true);
        ChargebackReport december = chargebacks.report("OPS", YearMonth.of(2026, 12), "admin", true);
        assertThat(november.spent()).isEqualTo(300).isEqualTo(journalCharges("OPS", november));
        assertThat(november.lines()).singleElement().satisfies(l -> {
            assertThat(l.sessionId()).isEqualTo(nov.id());
            assertThat(l.minutes()).isEqualTo(3);
            assertThat(l.clientId()).isEqualTo("c1");
        });
        assertThat(december.spent()).isEqualTo(200).isEqualTo(journalCharges("OPS", december));
        assertThat(december.people()).singleElement().satisfies(p -> assertThat(p.userId()).isEqualTo("c2"));
        assertThat(december.days()).singleElement().satisfies(d -> assertThat(d.date().toString()).isEqualTo("2026-12-01"));
        assertThat(budgets.balance(ops)).isEqualTo(4_800);
        assertThat(b.differences()).isEqualTo("[]");
    }

    @Test
    void raisingTheMonthlyAmountAddsTheDifferenceAtOnceAndLoweringItNeverGoesBelowZero() {
        CostCentre it = centre("IT", 1_000);
        CostCentre raised = new CostCentre("IT", "IT", "EUR", 1_500, null, List.of(), true, it.budgetMonth(), it.createdAt(),
                it.updatedAt(), it.version() + 1);
        budgets.amountChanged(it, raised, "admin");
        assertThat(budgets.balance(raised)).isEqualTo(1_500);
        CostCentre cut = new CostCentre("IT", "IT", "EUR", 0, null, List.of(), true, it.budgetMonth(), it.createdAt(),
                it.updatedAt(), it.version() + 2);
        budgets.amountChanged(new CostCentre("IT", "IT", "EUR", 4_000, null, List.of(), true, it.budgetMonth(),
                it.createdAt(), it.updatedAt(), it.version() + 1), cut, "admin");
        assertThat(budgets.balance(cut)).isZero();
        assertThat(b.differences()).isEqualTo("[]");
    }

    private long journalCharges(String code, ChargebackReport report) {
        long[] sum = {0};
        b.wallets.eachLine(AccountIds.costCentre(code, "EUR"), EntryType.SESSION_CHARGE, report.from(), report.to(),
                l -> sum[0] -= l.amount());
        return sum[0];
    }

    /** Every client may charge any centre, without a limit. */
    private static final class PaysAlways implements SessionSponsors {
        @Override
        public Sponsorship sponsor(String clientId, FundingChoice choice, ExpertProfile expert,
                                   Channel channel, Tariff tariff) {
            return new Sponsorship.Granted(FundedBy.costCentre(choice.code(), null));
        }

        @Override
        public void requireMember(String clientId, String code) {
        }

        @Override
        public void giveBack(String approvalId, String clientId) {
        }

        @Override
        public void used(String approvalId, String sessionId) {
        }
    }
}
