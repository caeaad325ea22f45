package dev.skillfast.payments.paypal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.skillfast.payments.paypal.OrderShapes.Token;

/** PayPal's OAuth2 token endpoint (client credentials, HTTP basic auth with the client id and secret). */
@Path("/v1/oauth2/token")
public interface PaypalOAuthApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Token token(@HeaderParam("Authorization") String basic, @FormParam("grant_type") String grantType);
}
