package dev.skillfast.payments.paypal;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.skillfast.payments.paypal.OrderShapes.Order;
import dev.skillfast.payments.paypal.OrderShapes.OrderRequest;

/**
 * Orders v2. {@code PayPal-Request-Id} makes a retried create or capture answer the first call's result;
 * {@code Prefer: return=representation} asks for the whole order (with its capture and amounts).
 */
@Path("/v2/checkout/orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PaypalOrdersApi {

    @POST
    Order create(@HeaderParam("Authorization") String bearer, @HeaderParam("PayPal-Request-Id") String requestId,
                 @HeaderParam("Prefer") String prefer, OrderRequest order);

    /** {@code body} is an empty object: PayPal wants a JSON body, even an empty one. */
    @POST
    @Path("/{id}/capture")
    Order capture(@HeaderParam("Authorization") String bearer, @HeaderParam("PayPal-Request-Id") String requestId,
                  @HeaderParam("Prefer") String prefer, @PathParam("id") String orderId, Map<String, String> body);

    @GET
    @Path("/{id}")
    Order get(@HeaderParam("Authorization") String bearer, @PathParam("id") String orderId);
}
