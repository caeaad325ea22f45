package dev.skillfast.platform.problem;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Problem details written by servlet code, outside JAX-RS (the WebSocket handshake, the web container's
 * own errors): the same body, media type and {@code Cache-Control} as the API's. The body is the
 * {@link Problem} as JSON-B writes it for the API (members in order, null ones left out), so a member
 * added to problems shows here too.
 */
public final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private ServletProblems() {
    }

    public static void write(HttpServletResponse response, ProblemType type, String detail, String instance)
            throws IOException {
        write(response, new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, null,
                null));
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.toJson(problem));
    }
}
