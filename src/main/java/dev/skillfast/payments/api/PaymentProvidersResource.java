package dev.skillfast.payments.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.payments.api.PaymentResponses.ProviderInfo;
import dev.skillfast.payments.api.PaymentResponses.Providers;
import dev.skillfast.payments.domain.Gateways;
import dev.skillfast.payments.domain.PaymentSettings;

/** Which payment providers this installation offers. */
@Path("/payments/providers")
@RequestScoped
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentProvidersResource {

    @Inject
    Gateways gateways;

    @Inject
    PaymentSettings settings;

    @GET
    @PermitAll
    @Operation(summary = "Payment providers", description = "The providers configured here, with the currencies and "
            + "the smallest and largest top-up (minor units). Empty when money comes only from administrators' grants.")
    public Providers providers() {
        return new Providers(gateways.configured().stream().map(g -> new ProviderInfo(g.provider().name(),
                settings.currencies(), settings.topupMin(), settings.topupMax())).toList());
    }
}
