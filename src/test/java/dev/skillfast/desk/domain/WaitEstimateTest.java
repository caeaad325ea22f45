package dev.skillfast.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.Channel;

class WaitEstimateTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    private static DeskRequest pickedAt(int joinedSecond, int pickedSecond) {
        return new DeskRequest("r" + pickedSecond, "c", "C", "it", Channel.CHAT, "", DeskState.PICKED,
                T0.plusSeconds(joinedSecond), T0.plusSeconds(900), "e", "s", T0.plusSeconds(pickedSecond), null);
    }

    @Test
    void noRecentPickGivesNoEstimate() {
        assertThat(WaitEstimate.of(List.of(), 1)).isEmpty();
    }

    @Test
    void oneRecentPickGivesItsWaitPerPlace() {
        assertThat(WaitEstimate.of(List.of(pickedAt(0, 90)), 3)).contains(Duration.ofSeconds(270));
    }

    @Test
    void severalGiveThePositionTimesTheMedianGapBetweenPicks() {
        // picks at 100, 160, 400, 460 s: gaps 60, 240, 60 -> median 60
        List<DeskRequest> picks = List.of(pickedAt(0, 400), pickedAt(0, 100), pickedAt(0, 460), pickedAt(0, 160));
        assertThat(WaitEstimate.of(picks, 1)).contains(Duration.ofSeconds(60));
        assertThat(WaitEstimate.of(picks, 4)).contains(Duration.ofSeconds(240));
    }

    @Test
    void theQueueOrderIsArrivalThenId() {
        DeskRequest a = pickedAt(5, 10);
        DeskRequest b = new DeskRequest("r0", "c", "C", "it", Channel.CHAT, "", DeskState.WAITING, T0.plusSeconds(5),
                T0.plusSeconds(900), null, null, null, null);
        assertThat(b.before(a)).isTrue();
        assertThat(a.before(b)).isFalse();
    }
}
