package dev.skillfast.dashboards.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.dashboards.domain.AdminDashboard;
import dev.skillfast.dashboards.domain.DashboardRebuild;
import dev.skillfast.dashboards.domain.Dashboards;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.DayParameters;

/** The administrators' dashboard over a period, and the replay of the history into it. */
@Path("/admin/dashboard")
@RequestScoped
@Tag(name = "Admin: dashboards")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AdminDashboardResource {

    @Inject
    Dashboards dashboards;

    @Inject
    DashboardRebuild rebuild;

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The administrators' dashboard", description = "From from to to (UTC dates, inclusive; default "
            + "the last 30 days, at most 366): settled sessions, minutes (one decimal) and money in one currency (default: "
            + "the billing currency, minor units); minutes per day by channel, sessions and turnover per category (the "
            + "expert's first category), the top 10 experts by minutes and by the stars of the reviews they received, "
            + "requests decided (acceptance rate = accepted / (accepted + declined + expired), average seconds to accept) "
            + "and new users per day.")
    public AdminDashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("currency") @CurrencyCode String currency) {
        return dashboards.admin(DayParameters.date(from, "from"), DayParameters.date(to, "to"), currency);
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Recount the history into the dashboards", description = "Replays every session's decision, "
            + "every settlement and every review; what was counted already is skipped, so it adds only what is missing "
            + "(history from before an upgrade) and may run again. Answers how many events it counted now.")
    public DashboardRebuild.Replayed rebuild() {
        DashboardRebuild.Replayed replayed = rebuild.replay();
        audit.adminAction(AuditAction.DASHBOARD_REBUILD, "dashboard", "rollups", null, replayed, null);
        return replayed;
    }
}
