package dev.skillfast.billing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.billing.domain.BillingSettings;
import dev.skillfast.billing.domain.Books;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.DayParameters;

/** The books' figures: session turnover and the platform's commission over time. */
@Path("/admin/books")
@RequestScoped
@Tag(name = "Admin: billing")
@Produces(MediaType.APPLICATION_JSON)
public class AdminBooksResource {

    @Inject
    Books books;

    @Inject
    BillingSettings settings;

    @GET
    @Path("/turnover")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Turnover and commission", description = "Applied session charges per day, ISO week or month "
            + "(period=day|week|month) in one currency (default: the billing currency): units charged, turnover (what "
            + "payers paid), commission (the platform's part) and expert earnings, minor units, with totals. from and to "
            + "are dates (UTC, inclusive; default the last 30 days).")
    public Books.Turnover turnover(@QueryParam("period") @DefaultValue("day")
                                   @Pattern(regexp = "day|week|month", message = "must be day, week or month") String period,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("currency") @CurrencyCode String currency) {
        return books.turnover(Books.Period.valueOf(period.toUpperCase(java.util.Locale.ROOT)),
                currency == null ? settings.currency() : currency, DayParameters.date(from, "from"), DayParameters.date(to, "to"));
    }
}
