package dev.skillfast.dashboards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.skillfast.platform.errors.InvalidInputException;

/** Each dashboard's default period, whole weeks and months, and the longest span it accepts. */
class DashboardPeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07"); // a Monday

    @Test
    void defaultsEndToday() {
        assertThat(DashboardPeriod.days(null, null, TODAY)).isEqualTo(new DashboardPeriod(LocalDate.parse("2026-11-08"), TODAY));
        assertThat(DashboardPeriod.weeks(null, null, TODAY).eachWeek()).hasSize(12).startsWith("2026-09-21").endsWith("2026-12-07");
        assertThat(DashboardPeriod.months(null, null, TODAY).eachMonth()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
    }

    @Test
    void weeksAndMonthsAreWhole() {
        DashboardPeriod weeks = DashboardPeriod.weeks(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-09"), TODAY);
        assertThat(weeks.from()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(weeks.eachWeek()).containsExactly("2026-11-30", "2026-12-07");
        assertThat(DashboardPeriod.months(LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-01"), TODAY).eachMonth())
                .containsExactly("2026-02", "2026-03");
        assertThat(DashboardPeriod.days(TODAY, TODAY, TODAY).eachDay()).containsExactly("2026-12-07");
    }

    @Test
    void refusesBackwardsOrTooLongPeriods() {
        assertThatThrownBy(() -> DashboardPeriod.days(TODAY, TODAY.minusDays(1), TODAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("after");
        assertThat(DashboardPeriod.days(TODAY.minusDays(365), TODAY, TODAY).eachDay()).hasSize(366);
        assertThatThrownBy(() -> DashboardPeriod.days(TODAY.minusDays(366), TODAY, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThat(DashboardPeriod.weeks(TODAY.minusWeeks(103), TODAY, TODAY).eachWeek()).hasSize(104);
        assertThatThrownBy(() -> DashboardPeriod.weeks(TODAY.minusWeeks(104), TODAY, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThat(DashboardPeriod.months(TODAY.minusMonths(35), TODAY, TODAY).eachMonth()).hasSize(36);
        assertThatThrownBy(() -> DashboardPeriod.months(TODAY.minusMonths(36), TODAY, TODAY)).isInstanceOf(InvalidInputException.class);
    }
}
