package dev.skillfast.platform.problem;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Problem details written by servlet code, outside JAX-RS (the WebSocket handshake, the web container's
 * own errors): the same body, media type and {@code Cache-Control} as the API's.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static void write(HttpServletResponse response, ProblemType type, String detail, String instance)
            throws IOException {
        write(response, new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, null,
                null));
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                .add("status", problem.status()).add("detail", problem.detail());
        if (problem.instance() != null) {
            json.add("instance", problem.instance());
        }
        if (problem.errorId() != null) {
            json.add("errorId", problem.errorId());
        }
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.build().toString());
    }
}
