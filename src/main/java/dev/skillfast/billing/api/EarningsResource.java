package dev.skillfast.billing.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.billing.domain.SessionEarnings;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.Settlement;

/** An expert's earnings: what is available, what was earned in all, and per session. */
@Path("/earnings")
@RequestScoped
@Tag(name = "Wallet")
@Produces(MediaType.APPLICATION_JSON)
public class EarningsResource {

    @Inject
    Wallets wallets;

    @Inject
    SessionEarnings earnings;

    @Inject
    JsonWebToken jwt;

    @Schema(name = "Earnings")
    public record Earnings(String currency, @Schema(description = "Earned and not paid out") long available,
                           @Schema(description = "Earned in all") long lifetime, Page<SessionEarning> sessions) {
    }

    @Schema(name = "SessionEarning")
    public record SessionEarning(String sessionId, String clientName, String channel, Instant startedAt, Instant endedAt,
                                 long paidUnits, long earned, String currency) {
    }

    @GET
    @RolesAllowed("EXPERT")
    @Operation(summary = "My earnings", description = "Net of the platform's commission; per settled session, latest first.")
    public Earnings earnings(@QueryParam("currency") @CurrencyCode String currency,
                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String me = jwt.getSubject();
        String shown = currency == null ? wallets.earningCurrencies(me).get(0) : currency;
        var account = wallets.earnings(me, shown);
        Page<SessionEarning> list = new Page<>(earnings.settledOfExpert(me, shown, page, size).stream()
                .map(EarningsResource::earning).toList(), earnings.countSettledOfExpert(me, shown), page, size);
        return new Earnings(shown, account.balance(), wallets.earnedInAll(me, shown), list);
    }

    private static SessionEarning earning(SessionEarnings.Settled settled) {
        Session s = settled.session();
        Settlement st = settled.settlement();
        return new SessionEarning(s.id(), s.client().name(), s.channel().name(), s.startedAt(), s.endedAt(),
                st.paidUnits(), st.expertEarning(), st.currency());
    }
}
