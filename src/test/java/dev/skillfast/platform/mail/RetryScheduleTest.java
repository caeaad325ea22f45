package dev.skillfast.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
    private final Instant now = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void waitsDoubleFromTheFirstUpToTheLongest() {
        assertThat(schedule.nextAttempt(1, now)).contains(now.plusSeconds(30));
        assertThat(schedule.nextAttempt(2, now)).contains(now.plusSeconds(60));
        assertThat(schedule.nextAttempt(3, now)).contains(now.plusSeconds(120));
        assertThat(schedule.nextAttempt(4, now)).contains(now.plusSeconds(240));
        assertThat(schedule.nextAttempt(5, now)).contains(now.plusSeconds(300));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(schedule.nextAttempt(6, now)).isEmpty();
    }
}
