package dev.skillfast.platform.problem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP errors raised by the JAX-RS runtime (unknown route, wrong method, wrong media type, unreadable
 * body) as problem details. The runtime's own messages are not passed on: they can name classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final String ABOUT_BLANK = "about:blank";
    /** How the JAX-RS runtime names a parameter it could not read: {@code QueryParam("page")}. */
    private static final Pattern PARAMETER = Pattern.compile("Param\\(\"([A-Za-z0-9_.-]{1,64})\"\\)");

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        String instance = RequestFacts.instance(uriInfo);
        PayloadTooLargeException tooLarge = PayloadTooLargeException.among(e);
        if (tooLarge != null) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), instance);
        }
        Optional<RefusedParameter> refused = Causes.find(e, RefusedParameter.class);
        if (refused.isPresent()) {
            return Problems.invalidField(refused.get().parameter(), refused.get().reason(), instance);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null) {
            // the runtime could not read a parameter (a type our strict readers do not cover): not a missing route
            return Problems.response(ProblemType.MALFORMED_REQUEST, unreadableParameter(e), instance);
        }
        if (status == 400 && JsonProblems.isJsonFailure(e)) {
            return JsonProblems.response(e, instance);
        }
        Response problem = switch (status) {
            case 400 -> Problems.response(ProblemType.MALFORMED_REQUEST,
                    "The request is malformed: check its parameters and body.", instance);
            case 401 -> Problems.response(ProblemType.UNAUTHORIZED, "Sign in to do this.", instance);
            case 403 -> Problems.response(ProblemType.FORBIDDEN, "You are not allowed to do this.", instance);
            case 404 -> Problems.response(ProblemType.NOT_FOUND,
                    "There is no API resource at " + method() + " " + instance + ".", instance);
            case 405 -> plain(405, "Method Not Allowed", "Method " + method() + " is not allowed on " + instance
                    + allowed(original) + ".", instance);
            case 406 -> plain(406, "Not Acceptable",
                    "This resource cannot answer in the requested media type; accept application/json.", instance);
            case 409 -> Problems.response(ProblemType.CONFLICT, "The request conflicts with the current state.",
                    instance);
            case 413 -> Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.", instance);
            case 415 -> plain(415, "Unsupported Media Type", "Content type '" + contentType()
                    + "' is not supported here; send application/json.", instance);
            default -> plain(status, reason(original, status), reason(original, status) + ".", instance);
        };
        return withCarriedHeaders(problem, original);
    }

    private static String unreadableParameter(WebApplicationException e) {
        Matcher parameter = PARAMETER.matcher(e.getMessage() == null ? "" : e.getMessage());
        return parameter.find() ? "The parameter '" + parameter.group(1) + "' could not be read."
                : "A parameter of the request could not be read.";
    }

    private static Response plain(int status, String title, String detail, String instance) {
        return Problems.response(status, ABOUT_BLANK, title, detail, instance, null, null);
    }

    /** Keeps the headers that tell the client what to do next. */
    private static Response withCarriedHeaders(Response problem, Response original) {
        if (original == null) {
            return problem;
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String name : new String[] {"Allow", "WWW-Authenticate", "Retry-After"}) {
            String value = original.getHeaderString(name);
            if (value != null) {
                builder.header(name, value);
            }
        }
        return builder.build();
    }

    private static String allowed(Response original) {
        String allow = original == null ? null : original.getHeaderString("Allow");
        return allow == null || allow.isBlank() ? "" : "; allowed: " + allow;
    }

    private static String reason(Response original, int status) {
        Response.StatusType info = original != null ? original.getStatusInfo() : Response.Status.fromStatusCode(status);
        return info != null && info.getReasonPhrase() != null ? info.getReasonPhrase() : "HTTP " + status;
    }

    private String method() {
        try {
            return request.getMethod();
        } catch (RuntimeException e) {
            return "this method";
        }
    }

    private String contentType() {
        try {
            String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return type == null ? "(none)" : type.replaceAll("[\\r\\n\"']", "");
        } catch (RuntimeException e) {
            return "(unknown)";
        }
    }
}
