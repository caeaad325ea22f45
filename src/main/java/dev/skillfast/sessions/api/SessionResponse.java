package dev.skillfast.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Tariff;

/**
 * A session as both participants (and administrators) see it, over REST and in {@code session.*}
 * WebSocket frames. Unset times and the end reason are present as null.
 */
@JsonbNillable
@Schema(name = "Session")
public record SessionResponse(String id,
                              @Schema(enumeration = {"REQUESTED", "ACTIVE", "DECLINED", "EXPIRED", "CANCELLED", "ENDED"}) String state,
                              @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel,
                              Party client, Party expert, Instant requestedAt,
                              @Schema(description = "Until when the expert may accept") Instant expiresAt,
                              Instant startedAt, Instant endedAt,
                              @Schema(enumeration = {"CLIENT", "EXPERT", "FUNDS", "DISCONNECT", "ADMIN", "SUSPENDED"}) String endReason,
                              ReadMarks readSeq,
                              @Schema(description = "The price and billing so far; null until ACTIVE") Billing billing,
                              @Schema(description = "What the session came to; null until ended and settled") Receipt settlement,
                              @Schema(description = "Who pays") Payer fundedBy,
                              @Schema(description = "Why an administrator ended it (endReason ADMIN), as they wrote it; "
                                      + "null otherwise") String endNote) {

    /** Who pays: the client's wallet, or a cost centre (with the most the session may cost, if limited). */
    @JsonbNillable
    @Schema(name = "SessionPayer")
    public record Payer(@Schema(enumeration = {"WALLET", "COST_CENTRE"}) String type, String code,
                        @Schema(description = "Minor units; null without a limit") Long limit) {
    }

    /** A participant. */
    @JsonbNillable
    public record Party(String id, String displayName, @Schema(description = "Experts only; null without a photo") String avatarUrl) {
    }

    /** How far each participant has read the chat. */
    public record ReadMarks(long client, long expert) {
    }

    /** The session's tariff and how far billing got. Amounts in minor units of {@code currency}. */
    @JsonbNillable
    @Schema(name = "SessionBilling")
    public record Billing(@Schema(description = "Per unit (minute)") long rate, String currency, int unitSeconds,
                          int freeUnits, BigDecimal commissionPercent,
                          @Schema(description = "Units started and processed, free ones included") long unitsBilled,
                          @Schema(description = "Charged so far") long cost,
                          @Schema(description = "When the next unit is charged; null once ended") Instant nextChargeAt) {

        static Billing of(Session s, SessionCharges charges) {
            Tariff t = s.tariff();
            if (t == null) {
                return null;
            }
            long units = charges.unitsBilled();
            Instant next = s.state() == SessionState.ACTIVE ? t.unitStart(s.startedAt(), units) : null;
            return new Billing(t.rate(), t.currency(), t.unitSeconds(), t.freeUnits(), t.commissionPercent(),
                    units, t.costOf(units), next);
        }
    }

    /** The session with what billing reports of it. */
    public static SessionResponse of(Session s, SessionCharges charges) {
        Session.Party expert = s.expert();
        String avatar = expert.avatarVersion() == null ? null
                : "/api/experts/" + expert.id() + "/avatar?v=" + expert.avatarVersion();
        return new SessionResponse(s.id(), s.state().name(), s.channel().name(),
                new Party(s.clientId(), s.client().name(), null), new Party(expert.id(), expert.name(), avatar),
                s.requestedAt(), s.expiresAt(), s.startedAt(), s.endedAt(),
                s.endReason() == null ? null : s.endReason().name(),
                new ReadMarks(s.client().readSeq(), expert.readSeq()), Billing.of(s, charges), Receipt.of(s, charges),
                new Payer(s.fundedBy().type().name(), s.fundedBy().code(), s.fundedBy().limit()), s.endNote());
    }
}
