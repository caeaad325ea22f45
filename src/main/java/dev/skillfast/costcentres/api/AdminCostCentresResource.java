package dev.skillfast.costcentres.api;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.costcentres.domain.Budgets;
import dev.skillfast.costcentres.domain.ChargebackReport;
import dev.skillfast.costcentres.domain.Chargebacks;
import dev.skillfast.costcentres.domain.CostCentre;
import dev.skillfast.costcentres.domain.CostCentres;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.web.CsvExport;

/** Administrators manage cost centres and their members; administrators and approvers read the monthly report. */
@Path("/admin/cost-centres")
@RequestScoped
@Tag(name = "Cost centres")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminCostCentresResource {

    @Inject
    AuditTrail audit;

    static final String CODE = CostCentreRequest.CODE;

    @Inject
    CostCentres centres;

    @Inject
    Budgets budgets;

    @Inject
    Chargebacks chargebacks;

    @Inject
    CostCentreViews views;

    @Inject
    JsonWebToken jwt;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "All cost centres", description = "With what is left of this month's budget and what was spent.")
    public List<CostCentreResponse> list() {
        return centres.all().stream().map(views::centre).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a cost centre", description = "Its budget is set to the monthly amount at once, and on "
            + "the first of every month after (skillfast.costcentre.timezone).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CostCentreResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CostCentreRequest body) {
        CostCentre created = centres.create(body.draft());
        CostCentreResponse view = views.centre(created);
        audit.adminAction(AuditAction.COSTCENTRE_CREATE, "costcentre", created.code(), null, view, null);
        return Response.created(URI.create("admin/cost-centres/" + created.code())).entity(view).build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "One cost centre")
    public CostCentreResponse get(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return views.centre(centres.get(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a cost centre", description = "Code and currency stay. A changed monthly amount moves "
            + "this month's budget by the difference (never below zero).")
    public CostCentreResponse update(@PathParam("code") @Pattern(regexp = CODE) String code,
                                     @NotNull(message = "a JSON body is required") @Valid CostCentreRequest body) {
        if (!code.equals(body.code())) {
            throw new InvalidInputException("code", "cannot change: it must stay " + code);
        }
        CostCentreResponse before = views.centre(centres.get(code));
        CostCentreResponse after = views.centre(centres.update(code, body.draft(), jwt.getSubject()));
        audit.adminAction(AuditAction.COSTCENTRE_UPDATE, "costcentre", code, before, after, null);
        return after;
    }

    @GET
    @Path("{code}/members")
    @RolesAllowed("ADMIN")
    @Operation(summary = "A cost centre's members", description = "Assigned here (ADMIN) or from sign-in (SSO).")
    public MembersResponse members(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return views.members(code, centres.members(code));
    }

    @PUT
    @Path("{code}/members")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a cost centre's members", description = "The members assigned here become exactly "
            + "these users; members from the identity provider's claim stay.")
    public MembersResponse assign(@PathParam("code") @Pattern(regexp = CODE) String code,
                                  @NotNull(message = "a JSON body is required") @Valid MembersRequest body) {
        MembersResponse before = views.members(code, centres.members(code));
        MembersResponse after = views.members(code, centres.assign(code, body.userIds()));
        audit.adminAction(AuditAction.COSTCENTRE_MEMBERS, "costcentre", code, before, after, null);
        return after;
    }

    @GET
    @Path("{code}/report")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "Chargeback report", description = "What the centre paid in a month (default: this month), "
            + "from its journal: sessions, minutes, experts, amounts, per person and per day. Administrators and the "
            + "centre's approvers only (404 for others). As CSV (one row per session) with format=csv or Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChargebackReport.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response report(@PathParam("code") @Pattern(regexp = CODE) String code,
                           @QueryParam("month") @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month: 2026-12") String month,
                           @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
                           @HeaderParam("Accept") String accept) {
        ChargebackReport report = chargebacks.report(code, month(month), jwt.getSubject(), security.isUserInRole("ADMIN"));
        boolean csv = "csv".equals(format) || format == null && accept != null && accept.startsWith("text/csv");
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return CsvExport.download("skillfast-" + code + "-" + report.month() + ".csv",
                List.of("month", "sessionId", "startedAt", "personId", "person", "expertId", "expert", "channel", "minutes",
                        "amount", "currency"),
                sheet -> report.lines().forEach(l -> sheet.row(report.month(), l.sessionId(),
                        l.startedAt() == null ? null : l.startedAt().toString(), l.clientId(), l.clientName(), l.expertId(),
                        l.expertName(), l.channel(), l.minutes(), Money.decimal(l.amount(),
                                report.currency()), report.currency())));
    }

    private YearMonth month(String month) {
        if (month == null) {
            return budgets.currentMonth();
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "must be a month: 2026-12");
        }
    }
}
