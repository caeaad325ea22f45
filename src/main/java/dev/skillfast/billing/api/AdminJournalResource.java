package dev.skillfast.billing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.billing.domain.Books;
import dev.skillfast.billing.domain.EntryStatus;
import dev.skillfast.billing.domain.EntryType;
import dev.skillfast.billing.domain.JournalQuery;
import dev.skillfast.platform.input.DayParameters;
import dev.skillfast.platform.rest.Page;

/** The journal browser of the books: every entry, by type, status, account, session and day. */
@Path("/admin/journal")
@RequestScoped
@Tag(name = "Admin: billing")
@Produces(MediaType.APPLICATION_JSON)
public class AdminJournalResource {

    static final String TYPES = "GRANT|TOPUP|SESSION_CHARGE|REFUND|PAYOUT|ADJUSTMENT|HOLD|RELEASE|BUDGET";
    static final String TYPES_MESSAGE = "must be GRANT, TOPUP, SESSION_CHARGE, REFUND, PAYOUT, ADJUSTMENT, HOLD, RELEASE or BUDGET";
    static final String STATUSES = "PENDING|APPLIED|REFUSED";
    static final String STATUSES_MESSAGE = "must be PENDING, APPLIED or REFUSED";

    @Inject
    Books books;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The journal", description = "Every entry, newest first, with its postings (minor units, debits "
            + "negative). account: an account id such as wallet:<user>:EUR or platform:commission:EUR; from and to: "
            + "dates (UTC, inclusive). CSV: /api/admin/journal.csv with the same filters.")
    public Page<JournalLine> list(@QueryParam("type") @Pattern(regexp = TYPES, message = TYPES_MESSAGE) String type,
                                  @QueryParam("status") @Pattern(regexp = STATUSES, message = STATUSES_MESSAGE) String status,
                                  @QueryParam("account") @Size(max = 200) String account,
                                  @QueryParam("sessionId") @Size(max = 64) String sessionId,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        JournalQuery query = query(type, status, account, sessionId, from, to);
        return new Page<>(books.journal(query, page, size).stream().map(JournalLine::of).toList(),
                books.journalSize(query), page, size);
    }

    static JournalQuery query(String type, String status, String account, String sessionId, String from, String to) {
        return new JournalQuery(type == null ? null : EntryType.valueOf(type), status == null ? null : EntryStatus.valueOf(status),
                blankToNull(account), blankToNull(sessionId), DayParameters.day(from, "from", 0), DayParameters.day(to, "to", 1));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
