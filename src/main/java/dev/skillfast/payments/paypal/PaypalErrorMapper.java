package dev.skillfast.payments.paypal;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every error status of PayPal's REST API becomes a {@link PaypalApiException} with PayPal's error body. */
public final class PaypalErrorMapper implements ResponseExceptionMapper<PaypalApiException> {

    @Override
    public PaypalApiException toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        return PaypalApiException.of(response.getStatus(), body);
    }
}
