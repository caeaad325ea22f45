package dev.skillfast.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Feature code's own problems, as they were thrown. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        Response response = Problems.response(e.type(), e.getMessage(), RequestFacts.instance(uriInfo), e.fieldErrors());
        return e.retryAfter() == null ? response
                : Response.fromResponse(response).header("Retry-After", Problems.retryAfterSeconds(e.retryAfter())).build();
    }
}
