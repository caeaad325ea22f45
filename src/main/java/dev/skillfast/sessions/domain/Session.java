package dev.skillfast.sessions.domain;

import java.time.Instant;

import dev.skillfast.experts.domain.Channel;

/**
 * One consultation between a client and an expert.
 *
 * @param expertAvatarVersion the expert's photo version when requested, for the room's header; null without one
 * @param clientReadSeq       how far the client has read the chat
 * @param clientAwaySince     since when the client has had no live connection while ACTIVE (null while connected)
 * @param tariff              the price, copied in when the session became ACTIVE (null before)
 * @param unitsBilled         billing units processed so far, free ones included (the ledger holds the charges)
 * @param seenAt              the last time billing saw both participants connected (crash recovery bills up to it)
 * @param lowWarnedUnit       the unit for which {@code balance.low} went out (0: none)
 * @param settlement          what the session came to, once ended and settled (null before)
 */
public record Session(String id, String clientId, String clientName, String expertId, String expertName,
                      String expertAvatarVersion, Channel channel, SessionState state, Instant requestedAt,
                      Instant expiresAt, Instant startedAt, Instant endedAt, EndReason endReason,
                      long clientReadSeq, long expertReadSeq, Instant clientAwaySince, Instant expertAwaySince,
                      Tariff tariff, long unitsBilled, Instant seenAt, long lowWarnedUnit, Settlement settlement) {

    public boolean isParticipant(String userId) {
        return clientId.equals(userId) || expertId.equals(userId);
    }

    public boolean isClient(String userId) {
        return clientId.equals(userId);
    }

    /** The other participant's id; the caller must be a participant. */
    public String otherThan(String userId) {
        return isClient(userId) ? expertId : clientId;
    }

    /** The earliest moment a participant went away, or null while both are connected. */
    public Instant awaySince() {
        if (clientAwaySince == null) {
            return expertAwaySince;
        }
        return expertAwaySince == null || clientAwaySince.isBefore(expertAwaySince) ? clientAwaySince : expertAwaySince;
    }

    /** Calls (rtc.*) belong to audio and video sessions only. */
    public boolean hasCall() {
        return channel != Channel.CHAT;
    }
}
