package dev.skillfast.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Feature code's own problems, as they were thrown.
 *
 * @deprecated goes with {@link ProblemException}; {@link DomainExceptionMapper} maps the domain exceptions.
 */
@Deprecated
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        List<Problem.FieldError> errors = e.fieldErrors().isEmpty() ? null : e.fieldErrors();
        Response response = Problems.response(new Problem(e.type().uri(), e.type().title(),
                e.type().status().getStatusCode(), e.getMessage(), RequestFacts.instance(uriInfo), null, errors, e.missing()));
        return e.retryAfter() == null ? response
                : Response.fromResponse(response).header("Retry-After", Problems.retryAfterSeconds(e.retryAfter())).build();
    }
}
