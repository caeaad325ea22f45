package dev.skillfast.payments.paypal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.skillfast.payments.paypal.OrderShapes.RefundAnswer;
import dev.skillfast.payments.paypal.OrderShapes.RefundRequest;

/** Payments v2: refunds of a capture, idempotent on {@code PayPal-Request-Id}. */
@Path("/v2/payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PaypalPaymentsApi {

    @POST
    @Path("/captures/{id}/refund")
    RefundAnswer refund(@HeaderParam("Authorization") String bearer, @HeaderParam("PayPal-Request-Id") String requestId,
                        @HeaderParam("Prefer") String prefer, @PathParam("id") String captureId, RefundRequest refund);

    @GET
    @Path("/refunds/{id}")
    RefundAnswer refund(@HeaderParam("Authorization") String bearer, @PathParam("id") String refundId);
}
