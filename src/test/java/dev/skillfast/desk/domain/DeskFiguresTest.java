package dev.skillfast.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.Channel;

class DeskFiguresTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    private static DeskRequest request(String category, DeskState state, int waitedSeconds) {
        return new DeskRequest("r" + waitedSeconds + state, "c", "C", category, Channel.CHAT, "", state, T0,
                T0.plusSeconds(900), null, null, state == DeskState.WAITING ? null : T0.plusSeconds(waitedSeconds), null);
    }

    @Test
    void perCategoryWaitingPickedAbandonedAndTheWaitPercentiles() {
        List<DeskRequest> ended = List.of(request("it", DeskState.PICKED, 10), request("it", DeskState.PICKED, 20),
                request("it", DeskState.PICKED, 30), request("it", DeskState.PICKED, 40), request("it", DeskState.PICKED, 100),
                request("it", DeskState.CANCELLED, 5), request("it", DeskState.EXPIRED, 900),
                request("legal", DeskState.EXPIRED, 900));
        List<DeskFigures> figures = DeskFigures.of(List.of(request("it", DeskState.WAITING, 0),
                request("hr", DeskState.WAITING, 1)), ended);
        assertThat(figures).extracting(DeskFigures::category).containsExactly("hr", "it", "legal");
        DeskFigures it = figures.get(1);
        assertThat(it.waiting()).isEqualTo(1);
        assertThat(it.picked()).isEqualTo(5);
        assertThat(it.cancelled()).isEqualTo(1);
        assertThat(it.expired()).isEqualTo(1);
        assertThat(it.waitP50Seconds()).isEqualTo(30);
        assertThat(it.waitP90Seconds()).isEqualTo(100);
        assertThat(figures.get(0).waitP50Seconds()).as("no pick, no wait").isNull();
    }

    @Test
    void nearestRankPercentile() {
        List<Duration> waits = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(DeskFigures.percentile(waits, 50)).isEqualTo(1);
        assertThat(DeskFigures.percentile(waits, 90)).isEqualTo(2);
        assertThat(DeskFigures.percentile(List.of(), 50)).isNull();
    }
}
