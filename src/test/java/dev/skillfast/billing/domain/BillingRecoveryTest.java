package dev.skillfast.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;

/**
 * Billing while participants come and go and across a restart: units within the disconnect grace only,
 * a participant coming back makes the session due at once, and after a restart everyone counts as away
 * since billing last saw both (the crash policy).
 */
class BillingRecoveryTest extends BillingFixtureTest {

    @BeforeEach
    void open() {
        b.f.expert("e1", Presence.ONLINE, 100, 0, Channel.CHAT);
    }

    @Test
    void aDisconnectedParticipantIsBilledOnlyWithinTheGrace() {
        Session s = b.started("c1", "e1", 10_000);
        b.f.presence.markAway("e1"); // at 0 s; grace 60 s: units starting before 60 s only
        b.clock.advance(Duration.ofSeconds(200));
        b.billing.sweep();
        assertEquals(1, b.charged(s));
        b.f.presence.endDisconnected();
        Session ended = b.f.sessions.find(s.id()).orElseThrow();
        assertEquals(EndReason.DISCONNECT, ended.endReason());
        assertEquals(s.startedAt().plusSeconds(60), ended.endedAt());
        assertEquals(1, b.state(s).settlement().unitsBilled());
    }

    @Test
    void aParticipantComingBackMakesTheSessionDueAtOnce() {
        Session s = b.started("c1", "e1", 10_000);
        b.f.presence.markAway("e1");
        b.clock.advance(Duration.ofSeconds(30));
        SessionBilling.SweepReport away = b.billing.sweep();
        assertEquals(1, away.sessions(), "looked at for the refresh planned before the expert left");
        assertEquals(0, away.seen(), "no \"both seen\" refresh while the expert is away");
        b.clock.advance(Duration.ofSeconds(10));
        assertEquals(0, b.billing.sweep().sessions());
        b.f.presence.markBack("e1");
        SessionBilling.SweepReport back = b.billing.sweep();
        assertEquals(1, back.sessions());
        assertEquals(1, back.seen());
        assertEquals(b.clock.instant(), b.state(s).seenAt());
    }

    @Test
    void afterARestartEveryoneIsAwaySinceBillingLastSawBothAndTheDownTimeIsBilledUpToTheGrace() {
        Session s = b.started("c1", "e1", 10_000);
        b.clock.advance(Duration.ofSeconds(30));
        b.billing.sweep(); // both seen at 30 s
        Instant seen = b.state(s).seenAt();
        assertEquals(s.startedAt().plusSeconds(30), seen);
        b.clock.advance(Duration.ofMinutes(10)); // the server was down
        b.f.presence.markEveryoneAway();
        Session restarted = b.f.sessions.find(s.id()).orElseThrow();
        assertEquals(seen, restarted.client().awaySince());
        assertEquals(seen, restarted.expert().awaySince());
        assertEquals(1, b.billing.sweep().sessions(), "looked at at once after the restart");
        // units starting before 30 s + 60 s grace: unit 1 (at 60 s), not unit 2 (at 120 s)
        assertEquals(2, b.charged(s));
        b.f.presence.endDisconnected();
        Session ended = b.f.sessions.find(s.id()).orElseThrow();
        assertEquals(SessionState.ENDED, ended.state());
        assertEquals(seen.plusSeconds(60), ended.endedAt());
        assertEquals(2, b.state(s).settlement().unitsBilled());
        assertTrue(b.ledger.check().differences().isEmpty(), b::differences);
    }
}
