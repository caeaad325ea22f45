package dev.skillfast.dashboards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.dashboards.store.DashboardReads;
import dev.skillfast.dashboards.store.DashboardStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.reviews.domain.Review;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Settlement;

/**
 * The dashboards on the embedded store, end to end below the API: events counted by the recorder (once,
 * however often they come), read back by the pipelines, folded into what the API answers.
 */
class DashboardFiguresTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private DashboardRecorder recorder;
    private DashboardReads reads;

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        recorder = new DashboardRecorder();
        recorder.store = new DashboardStore(connection.database());
        recorder.clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
        recorder.experts = new ExpertService() {
            @Override
            public Optional<ExpertProfile> find(String id) {
                return Optional.of(new ExpertProfile(id, id, null, null, List.of(), id.equals("ana") ? List.of("law", "tax") : List.of(),
                        List.of(), null, "EUR", Map.of(), 0, true, null, null, null, true, 0, 0, 0, null, null));
            }
        };
        reads = new DashboardReads(connection.database());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private static Session session(String id, String client, String expert, Channel channel, SessionState state, Instant requested,
                                   Instant started, Instant ended) {
        return new Session(id, new Session.Party(client, client, null, 0, null), new Session.Party(expert, "Name of " + expert, null, 0, null),
                channel, state, requested, requested.plusSeconds(60), started, ended, state == SessionState.ENDED ? EndReason.CLIENT : null,
                null, null, null);
    }

    /** An ended session of {@code seconds}: 100 per started minute, 20 % commission. */
    private void settle(String id, String client, String expert, Channel channel, Instant ended, long seconds, String currency) {
        Instant started = ended.minusSeconds(seconds);
        Session s = session(id, client, expert, channel, SessionState.ENDED, started.minusSeconds(12), started, ended);
        long total = (seconds + 59) / 60 * 100;
        recorder.decided(s);
        recorder.settled(s, new Settlement(seconds, (seconds + 59) / 60, 0, (seconds + 59) / 60, total, total * 8 / 10, total * 2 / 10,
                currency, ended));
    }

    private void review(String id, String expert, int stars, Instant at) {
        recorder.reviewed(new Review(id, "s-" + id, expert, "c1", "C", stars, "", at, at, null, false, null, 1));
    }

    private void seed() {
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        settle("s1", "c1", "ana", Channel.CHAT, MONDAY, 120, "EUR");
        settle("s2", "c1", "ana", Channel.VIDEO, MONDAY.plusSeconds(3600), 300, "EUR");
        settle("s3", "c2", "bob", Channel.AUDIO, tuesday, 60, "EUR");
        settle("s4", "c1", "bob", Channel.CHAT, tuesday, 90, "USD");
        recorder.decided(session("d1", "c2", "bob", Channel.CHAT, SessionState.DECLINED, MONDAY, null, MONDAY.plusSeconds(5)));
        recorder.decided(session("d2", "c2", "ana", Channel.CHAT, SessionState.EXPIRED, MONDAY, null, MONDAY.plusSeconds(60)));
        recorder.decided(session("d3", "c2", "ana", Channel.CHAT, SessionState.CANCELLED, MONDAY, null, MONDAY.plusSeconds(3)));
        review("r1", "ana", 5, MONDAY);
        review("r2", "ana", 3, tuesday);
        review("r3", "bob", 4, tuesday);
        review("r0", "bob", 2, MONDAY.minus(Duration.ofDays(7)));
    }

    @Test
    void theAdministratorsPeriodAddsUpEveryEventOnce() {
        seed();
        seed(); // every event again: a settlement repeated by a sweep, a replay
        DashboardPeriod period = DashboardPeriod.days(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-01"), null);
        AdminDashboard d = DashboardFolds.admin(period, "EUR", reads.admin("2026-11-29", "2026-12-01", "EUR"), List.of(), id -> "?");

        assertThat(d.totals()).isEqualTo(new AdminDashboard.Totals(4, 9.5, 200 + 500 + 100, 40 + 100 + 20));
        assertThat(d.minutesPerDay()).containsExactly(new AdminDashboard.ChannelMinutes("2026-11-29", 0, 0, 0),
                new AdminDashboard.ChannelMinutes("2026-11-30", 2, 0, 5), new AdminDashboard.ChannelMinutes("2026-12-01", 1.5, 1, 0));
        assertThat(d.categories()).containsExactly(new AdminDashboard.Category("law", 2, 7, 700, 140),
                new AdminDashboard.Category("", 2, 2.5, 100, 20));
        assertThat(d.topExpertsByMinutes()).containsExactly(new AdminDashboard.ExpertMinutes("ana", "Name of ana", 2, 7, 560),
                new AdminDashboard.ExpertMinutes("bob", "Name of bob", 2, 2.5, 80));
        assertThat(d.topExpertsByRating()).containsExactly(new AdminDashboard.ExpertRating("ana", "Name of ana", 2, 4.0),
                new AdminDashboard.ExpertRating("bob", "Name of bob", 1, 4.0));
        assertThat(d.requests()).isEqualTo(new AdminDashboard.Requests(4, 1, 1, 1, 0.667, 12.0));
    }

    @Test
    void aPeriodOfWholeAndCutMonthsCountsEveryExpertDayOnce() {
        seed();
        DashboardPeriod period = DashboardPeriod.days(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01"), null);
        AdminDashboard d = DashboardFolds.admin(period, "EUR", reads.admin("2026-11-01", "2026-12-01", "EUR"), List.of(), id -> "?");

        assertThat(d.topExpertsByMinutes()).containsExactly(new AdminDashboard.ExpertMinutes("ana", "Name of ana", 2, 7, 560),
                new AdminDashboard.ExpertMinutes("bob", "Name of bob", 2, 2.5, 80));
        assertThat(d.topExpertsByRating()).containsExactly(new AdminDashboard.ExpertRating("ana", "Name of ana", 2, 4.0),
                new AdminDashboard.ExpertRating("bob", "Name of bob", 2, 3.0));
        AdminDashboard lastDay = DashboardFolds.admin(DashboardPeriod.days(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01"), null),
                "EUR", reads.admin("2026-12-01", "2026-12-01", "EUR"), List.of(), id -> "?");
        assertThat(lastDay.topExpertsByMinutes()).containsExactly(new AdminDashboard.ExpertMinutes("bob", "Name of bob", 2, 2.5, 80));
    }

    @Test
    void aPeriodCuttingAMonthOnBothSidesLeavesOutTheDaysBeforeAndAfterIt() {
        settle("o1", "c1", "ana", Channel.CHAT, Instant.parse("2026-10-14T23:59:00Z"), 60, "EUR"); // the day before
        settle("o2", "c1", "ana", Channel.CHAT, Instant.parse("2026-10-15T00:01:00Z"), 120, "EUR");
        settle("o3", "c1", "ana", Channel.CHAT, Instant.parse("2026-10-31T12:00:00Z"), 180, "EUR");
        review("o4", "ana", 1, Instant.parse("2026-10-02T10:00:00Z")); // before the period
        review("o5", "ana", 5, Instant.parse("2026-10-20T10:00:00Z"));
        settle("o6", "c1", "ana", Channel.CHAT, Instant.parse("2026-10-21T10:00:00Z"), 240, "EUR");

        AdminDashboard d = DashboardFolds.admin(DashboardPeriod.days(LocalDate.parse("2026-10-15"), LocalDate.parse("2026-10-20"), null),
                "EUR", reads.admin("2026-10-15", "2026-10-20", "EUR"), List.of(), id -> "?");

        assertThat(d.topExpertsByMinutes()).containsExactly(new AdminDashboard.ExpertMinutes("ana", "Name of ana", 1, 2, 160));
        assertThat(d.topExpertsByRating()).containsExactly(new AdminDashboard.ExpertRating("ana", "Name of ana", 1, 5.0));
        AdminDashboard toTheEnd = DashboardFolds.admin(DashboardPeriod.days(LocalDate.parse("2026-10-15"), LocalDate.parse("2026-10-31"), null),
                "EUR", reads.admin("2026-10-15", "2026-10-31", "EUR"), List.of(), id -> "?");
        assertThat(toTheEnd.topExpertsByMinutes()).containsExactly(new AdminDashboard.ExpertMinutes("ana", "Name of ana", 3, 9, 720));
    }

    @Test
    void anExpertsWeeksCarryTheRunningRatingFromBeforeThePeriod() {
        seed();
        DashboardPeriod period = DashboardPeriod.weeks(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-13"), null);
        ExpertDashboard bob = PersonalFolds.expert(period, "EUR", reads.expertWeeks("bob", "EUR"));

        assertThat(bob.weeks()).containsExactly(new ExpertDashboard.Week("2026-11-30", 2, 2.5, 80, 1, 4.0, 3.0),
                new ExpertDashboard.Week("2026-12-07", 0, 0, 0, 0, null, 3.0));
        assertThat(bob.totals()).isEqualTo(new ExpertDashboard.Totals(2, 2.5, 80, 1, 4.0));
    }

    @Test
    void aClientsSpendingPerMonthAndPerExpert() {
        seed();
        settle("s5", "c1", "bob", Channel.CHAT, Instant.parse("2026-10-15T08:00:00Z"), 60, "EUR");
        DashboardPeriod period = DashboardPeriod.months(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31"), null);
        var rows = reads.client("c1", "2026-11", "2026-12", "EUR");
        ClientDashboard c1 = PersonalFolds.client(period, "EUR", rows);

        assertThat(c1.months()).containsExactly(new ClientDashboard.Month("2026-11", 2, 7, 700),
                new ClientDashboard.Month("2026-12", 1, 1.5, 0));
        assertThat(c1.experts()).containsExactly(new ClientDashboard.Expert("ana", "Name of ana", 2, 7, 700),
                new ClientDashboard.Expert("bob", "Name of bob", 1, 1.5, 0));
        assertThat(c1.totals()).isEqualTo(new ClientDashboard.Totals(3, 8.5, 700));
    }

    @Test
    void anUnknownPersonHasAnEmptyDashboard() {
        DashboardPeriod period = DashboardPeriod.months(null, LocalDate.parse("2026-12-07"), null);
        ClientDashboard nobody = PersonalFolds.client(period, "EUR", reads.client("nobody", "2026-01", "2026-12", "EUR"));
        assertThat(nobody.months()).hasSize(12).allMatch(m -> m.sessions() == 0);
        assertThat(nobody.experts()).isEmpty();
        assertThat(PersonalFolds.expert(DashboardPeriod.weeks(null, LocalDate.parse("2026-12-07"), null), "EUR",
                reads.expertWeeks("nobody", "EUR")).weeks()).hasSize(12);
        assertThat(reads.admin("2026-01-01", "2026-01-31", "EUR").totals().sessions()).isZero();
    }
}
