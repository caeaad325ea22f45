package dev.skillfast.payments.paypal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.skillfast.payments.paypal.PayoutShapes.PayoutBatch;
import dev.skillfast.payments.paypal.PayoutShapes.PayoutRequest;

/** Payouts v1: one batch per SkillFast payout, its {@code sender_batch_id} the payout's id. */
@Path("/v1/payments/payouts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PaypalPayoutsApi {

    @POST
    PayoutBatch create(@HeaderParam("Authorization") String bearer, @HeaderParam("PayPal-Request-Id") String requestId,
                       PayoutRequest payout);

    @GET
    @Path("/{id}")
    PayoutBatch get(@HeaderParam("Authorization") String bearer, @PathParam("id") String batchId);
}
