package dev.skillfast.platform.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything no other mapper takes. A JSON reading failure is the client's (400); anything else is
 * ours: 500 with an error id that is also in the log beside the stack trace, which never leaves the
 * server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        String instance = RequestFacts.instance(uriInfo);
        PayloadTooLargeException tooLarge = PayloadTooLargeException.among(e);
        if (tooLarge != null) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), instance);
        }
        if (JsonProblems.isJsonFailure(e)) {
            return JsonProblems.response(e, instance);
        }
        return Problems.response(internal(e, instance));
    }

    /** A 500 whose error id is logged beside the stack trace, which never leaves the server. */
    static Problem internal(Throwable e, String instance) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, e, () -> "Unexpected failure " + errorId + " at " + instance);
        ProblemType type = ProblemType.INTERNAL;
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(),
                "Something went wrong on our side. If it keeps happening, give this error id to your administrator: "
                        + errorId + ".",
                instance, errorId, null);
    }
}
