package dev.skillfast.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionCharges;
import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;

/**
 * What an ended session came to ({@code GET /api/sessions/{id}/receipt} and the session's
 * {@code settlement}); amounts in minor units of {@code currency}, {@code total = expertEarning + commission}.
 */
@JsonbNillable
@Schema(name = "Receipt")
public record Receipt(String sessionId, @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel, String currency,
                      @Schema(description = "Per unit") long rate, int unitSeconds, Instant startedAt, Instant endedAt,
                      long durationSeconds, @Schema(description = "Units run, free ones included") long unitsBilled,
                      long freeUnits, long paidUnits, long total, long expertEarning, long commission,
                      BigDecimal commissionPercent, Instant settledAt) {

    /** The session's receipt, or null while it has no settlement. */
    public static Receipt of(Session s, SessionCharges charges) {
        Settlement st = charges.settlement();
        Tariff t = s.tariff();
        if (st == null || t == null) {
            return null;
        }
        return new Receipt(s.id(), s.channel().name(), st.currency(), t.rate(), t.unitSeconds(), s.startedAt(), s.endedAt(),
                st.durationSeconds(), st.unitsBilled(), st.freeUnits(), st.paidUnits(), st.total(), st.expertEarning(),
                st.commission(), t.commissionPercent(), st.settledAt());
    }
}
