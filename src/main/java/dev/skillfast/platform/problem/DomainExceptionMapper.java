package dev.skillfast.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.DomainException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.errors.PaymentRequiredException;
import dev.skillfast.platform.errors.TooLargeException;
import dev.skillfast.platform.errors.TooManyRequestsException;
import dev.skillfast.platform.errors.UnauthorizedException;
import dev.skillfast.platform.errors.UnavailableException;

/**
 * The domain's refusals as problem details: each exception's problem type (and so its status and
 * title), its detail as written, and what the client acts on — the field errors of an invalid input,
 * the missing amount of a payment required, the Retry-After of a limit.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    /** One line per subclass of the sealed DomainException (DomainExceptionMapperTest checks them all). */
    static final Map<Class<? extends DomainException>, ProblemType> TYPES = Map.of(
            NotFoundException.class, ProblemType.NOT_FOUND,
            ConflictException.class, ProblemType.CONFLICT,
            ForbiddenException.class, ProblemType.FORBIDDEN,
            UnauthorizedException.class, ProblemType.UNAUTHORIZED,
            PaymentRequiredException.class, ProblemType.PAYMENT_REQUIRED,
            InvalidInputException.class, ProblemType.VALIDATION,
            TooManyRequestsException.class, ProblemType.TOO_MANY_REQUESTS,
            TooLargeException.class, ProblemType.PAYLOAD_TOO_LARGE,
            UnavailableException.class, ProblemType.UNAVAILABLE);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(DomainException e) {
        Response response = Problems.response(problemOf(e, RequestFacts.instance(uriInfo)));
        if (e instanceof TooManyRequestsException tooMany && tooMany.retryAfter() != null) {
            return Response.fromResponse(response)
                    .header("Retry-After", Problems.retryAfterSeconds(tooMany.retryAfter())).build();
        }
        return response;
    }

    static Problem problemOf(DomainException e, String instance) {
        ProblemType type = TYPES.get(e.getClass());
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), e.detail(), instance, null,
                fieldErrors(e), missing(e));
    }

    private static List<Problem.FieldError> fieldErrors(DomainException e) {
        return e instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(error -> new Problem.FieldError(error.field(), error.message())).toList()
                : null;
    }

    private static Problem.Amount missing(DomainException e) {
        return e instanceof PaymentRequiredException payment
                ? new Problem.Amount(payment.missingAmount(), payment.currency())
                : null;
    }
}
