package dev.skillfast.experts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skillfast.testing.MutableClock;

/** A public photo's URL is anyone's; another's carries a signed ticket for that expert, for an hour. */
class AvatarLinksTest {

    private final MutableClock clock = new MutableClock();
    private final AvatarLinks links = new AvatarLinks(() -> "secret".getBytes(StandardCharsets.UTF_8), clock);

    private ExpertProfile profile(String id, VerificationStatus status, boolean active, String avatarVersion) {
        return new ExpertProfile(id, "Name", "Headline", "", List.of(), List.of("c"), List.of("en"), "Europe/Madrid",
                "EUR", Map.of(Channel.CHAT, 100L), 0, true, Presence.OFFLINE, status, null, active, 0, 0, 0,
                avatarVersion, clock.instant());
    }

    private static String ticketOf(String url) {
        return url.substring(url.indexOf("&t=") + 3);
    }

    @Test
    void aPublicPhotoHasAPlainUrl() {
        assertThat(links.url(profile("e1", VerificationStatus.VERIFIED, true, "abc")))
                .isEqualTo("/api/experts/e1/avatar?v=abc");
        assertThat(links.url(profile("e1", VerificationStatus.VERIFIED, true, null))).isNull();
    }

    @Test
    void aPrivatePhotosTicketOpensThatPhotoOnlyAndOnlyForAnHour() {
        for (ExpertProfile hidden : List.of(profile("e2", VerificationStatus.PENDING, true, "v1"),
                profile("e2", VerificationStatus.REJECTED, true, "v1"), profile("e2", VerificationStatus.VERIFIED, false, "v1"))) {
            String url = links.url(hidden);
            assertThat(url).startsWith("/api/experts/e2/avatar?v=v1&t=");
            assertThat(links.allows("e2", ticketOf(url))).isTrue();
            assertThat(links.allows("e3", ticketOf(url))).isFalse();
        }
        String ticket = ticketOf(links.url(profile("e2", VerificationStatus.PENDING, true, "v1")));
        clock.advance(AvatarLinks.LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(links.allows("e2", ticket)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.allows("e2", ticket)).isFalse();
    }

    @Test
    void forgedOrMalformedTicketsOpenNothing() {
        String ticket = ticketOf(links.url(profile("e2", VerificationStatus.PENDING, true, "v1")));
        String expires = ticket.substring(0, ticket.indexOf('.'));
        String later = Long.toString(Long.parseLong(expires) + 86_400);
        assertThat(links.allows("e2", later + ticket.substring(ticket.indexOf('.')))).isFalse();
        assertThat(links.allows("e2", null)).isFalse();
        assertThat(links.allows("e2", "")).isFalse();
        assertThat(links.allows("e2", "abc.def")).isFalse();
        assertThat(links.allows("e2", expires + ".")).isFalse();
        AvatarLinks otherServer = new AvatarLinks(() -> "other".getBytes(StandardCharsets.UTF_8), clock);
        assertThat(otherServer.allows("e2", ticket)).isFalse();
    }
}
