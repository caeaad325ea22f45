package dev.skillfast.realtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.skillfast.realtime.domain.Tickets;
import dev.skillfast.testing.MutableClock;

class AdmissionsTest {

    private static final Tickets.Identity ANA = new Tickets.Identity("ana", "CLIENT");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final Admissions admissions = new Admissions();

    @BeforeEach
    void wire() {
        admissions.clock = clock;
    }

    @Test
    void theEndpointTakesWhatTheFilterAdmittedOnceAndOnlyByItsTicket() {
        admissions.admit("ticket-1", ANA);

        assertThat(admissions.take("ticket-2")).isEmpty();
        assertThat(admissions.take(null)).isEmpty();
        assertThat(admissions.take("ticket-1")).contains(ANA);
        assertThat(admissions.take("ticket-1")).as("single use").isEmpty();
    }

    @Test
    void anAdmissionNotTakenInTimeIsGoneAndLaterAdmissionsClearIt() {
        admissions.admit("stale", ANA);
        clock.advance(Admissions.HOLD.plus(Duration.ofMillis(1)));
        assertThat(admissions.take("stale")).isEmpty();

        admissions.admit("abandoned", ANA);
        clock.advance(Admissions.HOLD.plus(Duration.ofMillis(1)));
        admissions.admit("fresh", ANA);
        assertThat(admissions.waiting()).as("an upgrade that failed leaves nothing behind").isEqualTo(1);
        assertThat(admissions.take("fresh")).contains(ANA);
    }
}
