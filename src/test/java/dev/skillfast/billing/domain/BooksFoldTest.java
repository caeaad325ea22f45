package dev.skillfast.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Days folded into ISO weeks (Monday first, the week-based year) and months. */
class BooksFoldTest {

    private static TurnoverRow day(String date, long turnover) {
        return new TurnoverRow(date, LocalDate.parse(date), 1, turnover, turnover / 5, turnover - turnover / 5);
    }

    private static final List<TurnoverRow> DAYS = List.of(day("2026-12-27", 100), day("2026-12-31", 200),
            day("2027-01-03", 300), day("2027-01-04", 400));

    @Test
    void weeksStartOnMondayAndCarryTheirIsoYear() {
        List<TurnoverRow> weeks = Books.fold(DAYS, Books.Period.WEEK);

        assertThat(weeks).extracting(TurnoverRow::period).containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(weeks).extracting(TurnoverRow::start).containsExactly(LocalDate.parse("2026-12-21"),
                LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-04"));
        assertThat(weeks.get(1)).extracting(TurnoverRow::charges, TurnoverRow::turnover, TurnoverRow::commission)
                .containsExactly(2L, 500L, 100L);
    }

    @Test
    void monthsStartOnTheFirst() {
        List<TurnoverRow> months = Books.fold(DAYS, Books.Period.MONTH);

        assertThat(months).extracting(TurnoverRow::period).containsExactly("2026-12", "2027-01");
        assertThat(months).extracting(TurnoverRow::turnover).containsExactly(300L, 700L);
        assertThat(Books.fold(DAYS, Books.Period.DAY)).isEqualTo(DAYS);
    }
}
