package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DueKeysTest {

    @Test
    void keysSortByTimeAsStringsWhateverTheMilliseconds() {
        Instant whole = Instant.parse("2026-11-29T10:00:00Z");
        assertThat(DueKeys.of(whole, "z")).isEqualTo("2026-11-29T10:00:00.000Z|z");
        assertThat(DueKeys.of(whole, "z")).isLessThan(DueKeys.of(whole.plusMillis(500), "a"));
        assertThat(DueKeys.of(whole.plusMillis(999), "z")).isLessThan(DueKeys.of(whole.plusSeconds(1), "a"));
        assertThat(DueKeys.of(Instant.parse("2026-12-31T23:59:59.999Z"), "z"))
                .isLessThan(DueKeys.of(Instant.parse("2027-01-01T00:00:00Z"), "a"));
    }

    @Test
    void theBoundTakesEverythingDueAtOrBeforeTheInstantAndNothingLater() {
        Instant now = Instant.parse("2026-11-29T10:00:00.250Z");
        String bound = DueKeys.dueBy(now.plusNanos(400_000));
        assertThat(DueKeys.of(now, "any-id")).isLessThan(bound);
        assertThat(DueKeys.of(now.minusSeconds(3600), "any-id")).isLessThan(bound);
        assertThat(DueKeys.of(now.plusMillis(1), "")).isGreaterThan(bound);
    }
}
