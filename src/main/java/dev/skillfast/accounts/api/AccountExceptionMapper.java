package dev.skillfast.accounts.api;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.skillfast.accounts.domain.AccountException;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.platform.problem.Problems;

/** Account refusals as problems. */
@Provider
public class AccountExceptionMapper implements ExceptionMapper<AccountException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AccountException e) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return switch (e.reason()) {
            case INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN -> Problems.response(ProblemType.UNAUTHORIZED, e.getMessage(), instance);
            case SUSPENDED -> Problems.response(ProblemType.FORBIDDEN, e.getMessage(), instance);
            case LOCKED -> Response.fromResponse(Problems.response(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), instance))
                    .header("Retry-After", Problems.retryAfterSeconds(e.retryAfter())).build();
            case EMAIL_TAKEN, SELF_CHANGE_FORBIDDEN -> Problems.response(ProblemType.CONFLICT, e.getMessage(), instance);
            case WRONG_CURRENT_PASSWORD -> Problems.response(ProblemType.VALIDATION, "currentPassword: " + e.getMessage(),
                    instance, List.of(new Problem.FieldError("currentPassword", e.getMessage())));
            case USER_NOT_FOUND -> Problems.response(ProblemType.NOT_FOUND, e.getMessage(), instance);
        };
    }
}
