package dev.skillfast.dashboards.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.dashboards.domain.ClientDashboard;
import dev.skillfast.dashboards.domain.Dashboards;
import dev.skillfast.dashboards.domain.ExpertDashboard;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.DayParameters;

/** The caller's own dashboards: an expert's weeks, anyone's spending as a client. */
@Path("/me/dashboard")
@RequestScoped
@Tag(name = "Dashboards")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MyDashboardResource {

    @Inject
    Dashboards dashboards;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/expert")
    @RolesAllowed("EXPERT")
    @Operation(summary = "My weeks as an expert", description = "Every ISO week (its Monday) from from to to (default the "
            + "last 12 weeks, at most 104): sessions, minutes and earnings (minor units of currency, default the billing "
            + "currency), reviews received with the week's average and the running average of all reviews so far.")
    public ExpertDashboard expert(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("currency") @CurrencyCode String currency) {
        return dashboards.expert(jwt.getSubject(), DayParameters.date(from, "from"), DayParameters.date(to, "to"), currency);
    }

    @GET
    @Path("/client")
    @RolesAllowed({"CLIENT", "EXPERT", "ADMIN"})
    @Operation(summary = "My spending as a client", description = "Every month from from to to (default the last 12, at "
            + "most 36): sessions, minutes and what they came to (minor units of currency, whoever paid), and per expert.")
    public ClientDashboard client(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("currency") @CurrencyCode String currency) {
        return dashboards.client(jwt.getSubject(), DayParameters.date(from, "from"), DayParameters.date(to, "to"), currency);
    }
}
