package dev.skillfast.platform.problem;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

/**
 * The web container's own refusals as problem details: web.xml names this servlet the error page of
 * every status and exception, so what Liberty answers itself (an encoded {@code ..%2F} or {@code %00} in
 * a path, a missing static file, a failure no JAX-RS mapper saw) gets the API's body, media type and
 * headers instead of an HTML page that names server classes and message codes. Its own address answers
 * 404, like any other unknown path.
 */
@WebServlet(urlPatterns = ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

    static final String PATH = "/errors/problem";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            ServletProblems.write(response, ProblemType.NOT_FOUND, "There is nothing at this address.",
                    request.getRequestURI());
            return;
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String instance = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 500;
        ServletProblems.write(response, problem(status, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
                instance));
    }

    static Problem problem(int status, Throwable error, String instance) {
        return switch (status) {
            case 400 -> of(ProblemType.MALFORMED_REQUEST, "The request is malformed: check its address, headers and body.",
                    instance);
            case 401 -> of(ProblemType.UNAUTHORIZED, "Sign in to do this.", instance);
            case 403 -> of(ProblemType.FORBIDDEN, "You are not allowed to do this.", instance);
            case 404 -> of(ProblemType.NOT_FOUND, "There is nothing at this address.", instance);
            case 413 -> of(ProblemType.PAYLOAD_TOO_LARGE, "The request is too large.", instance);
            case 415 -> plain(415, "The request's content type is missing or not supported here.", instance);
            case 500 -> UnexpectedExceptionMapper.internal(error, instance);
            case 503 -> of(ProblemType.UNAVAILABLE, "The service is unavailable; try again shortly.", instance);
            default -> plain(status, reason(status) + ".", instance);
        };
    }

    private static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, null, null);
    }

    private static Problem plain(int status, String detail, String instance) {
        return new Problem("about:blank", reason(status), status, detail, instance, null, null);
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
