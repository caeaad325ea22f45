package dev.skillfast.billing.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.DayParameters;
import dev.skillfast.platform.rest.Page;
import dev.skillfast.platform.web.CsvExport;

/** The caller's wallet: balance, statement, CSV export. */
@Path("/wallet")
@RequestScoped
@Tag(name = "Wallet")
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

    static final String TYPES = "GRANT|TOPUP|SESSION_CHARGE|REFUND|PAYOUT|ADJUSTMENT|HOLD|RELEASE";
    static final String TYPES_MESSAGE = "must be GRANT, TOPUP, SESSION_CHARGE, REFUND, PAYOUT, ADJUSTMENT, HOLD or RELEASE";

    @Inject
    Wallets wallets;

    @Inject
    JsonWebToken jwt;

    @GET
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My wallet", description = "The balance in one currency (the default one, or ?currency=) and "
            + "every currency held. Minor units.")
    public WalletResponses.Wallet wallet(@QueryParam("currency") @CurrencyCode String currency) {
        String me = jwt.getSubject();
        String shown = currency == null ? wallets.mainCurrency(me) : currency;
        return new WalletResponses.Wallet(shown, wallets.balance(me, shown),
                wallets.balances(me).stream().map(b -> new WalletResponses.Balance(b.currency(), b.balance())).toList());
    }

    @GET
    @Path("/transactions")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My wallet's transactions", description = "Newest first; amounts signed as this wallet saw "
            + "them. from and to are dates (UTC, inclusive).")
    public Page<WalletResponses.Transaction> transactions(
            @QueryParam("type") @Pattern(regexp = TYPES, message = TYPES_MESSAGE) String type,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("currency") @CurrencyCode String currency,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String me = jwt.getSubject();
        String account = AccountIds.wallet(me, currency == null ? wallets.mainCurrency(me) : currency);
        EntryType wanted = type == null ? null : EntryType.valueOf(type);
        Instant start = DayParameters.day(from, "from", 0);
        Instant end = DayParameters.day(to, "to", 1);
        return new Page<>(wallets.statement(account, wanted, start, end, page, size).stream()
                .map(WalletResponses.Transaction::of).toList(), wallets.statementSize(account, wanted, start, end), page, size);
    }

    @GET
    @Path("/transactions.csv")
    @Produces("text/csv")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My wallet's transactions as CSV", description = "Same filters as the list, every row.")
    public Response csv(@QueryParam("type") @Pattern(regexp = TYPES, message = TYPES_MESSAGE) String type,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("currency") @CurrencyCode String currency) {
        String me = jwt.getSubject();
        String account = AccountIds.wallet(me, currency == null ? wallets.mainCurrency(me) : currency);
        EntryType wanted = type == null ? null : EntryType.valueOf(type);
        Instant start = DayParameters.day(from, "from", 0);
        Instant end = DayParameters.day(to, "to", 1);
        return CsvExport.download("skillfast-transactions.csv",
                List.of("id", "createdAt", "type", "amount", "currency", "sessionId", "minute", "reason"),
                sheet -> wallets.eachLine(account, wanted, start, end, line -> {
                    var e = line.entry();
                    sheet.row(e.id(), e.createdAt().toString(), e.type().name(), Money.decimal(line.amount(), e.currency()),
                            e.currency(), e.sessionId(), e.unitIndex() == null ? null : e.unitIndex() + 1, e.reason());
                }));
    }
}
