package dev.skillfast.sessions.domain;

import java.time.Instant;

import dev.skillfast.experts.domain.Channel;

/**
 * One consultation between a client and an expert, as its lifecycle sees it: who, which channel, where
 * it is and when it got there, and the price agreed when it started. How far billing got is billing's
 * ({@link SessionCharges}).
 *
 * @param tariff   the price, copied in when the session became ACTIVE (null before)
 * @param fundedBy who pays: the client's wallet or a cost centre
 * @param endNote  why an administrator ended it, as they wrote it (null for any other end)
 */
public record Session(String id, Party client, Party expert, Channel channel, SessionState state, Instant requestedAt,
                      Instant expiresAt, Instant startedAt, Instant endedAt, EndReason endReason, Tariff tariff,
                      FundedBy fundedBy, String endNote) {

    /**
     * One participant: a copy of their name (and an expert's photo version, for the room's header), how far
     * they have read the chat, and since when they have had no live connection while ACTIVE (null while
     * connected).
     */
    public record Party(String id, String name, String avatarVersion, long readSeq, Instant awaySince) {
    }

    public String clientId() {
        return client.id();
    }

    public String expertId() {
        return expert.id();
    }

    public boolean isParticipant(String userId) {
        return clientId().equals(userId) || expertId().equals(userId);
    }

    public boolean isClient(String userId) {
        return clientId().equals(userId);
    }

    /** The other participant's id; the caller must be a participant. */
    public String otherThan(String userId) {
        return isClient(userId) ? expertId() : clientId();
    }

    /** The earliest moment a participant went away, or null while both are connected. */
    public Instant awaySince() {
        Instant clientAway = client.awaySince();
        Instant expertAway = expert.awaySince();
        if (clientAway == null) {
            return expertAway;
        }
        return expertAway == null || clientAway.isBefore(expertAway) ? clientAway : expertAway;
    }

    /** Calls (rtc.*) belong to audio and video sessions only. */
    public boolean hasCall() {
        return channel != Channel.CHAT;
    }
}
