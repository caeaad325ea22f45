package dev.skillfast.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** Servlet code writes problems as the API does: the whole problem, null members left out, not cached. */
class ServletProblemsTest {

    private final Map<String, Object> set = new HashMap<>();
    private final StringWriter body = new StringWriter();

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getWriter" -> {
                            return writer;
                        }
                        case "setHeader" -> set.put((String) args[0], args[1]);
                        default -> set.put(method.getName(), args == null ? null : args[0]);
                    }
                    return null;
                });
    }

    @Test
    void aProblemOfAKnownTypeIsWrittenWithItsMediaTypeAndNoStore() throws Exception {
        ServletProblems.write(response(), ProblemType.NOT_FOUND, "There is nothing at this address.", "/nowhere");

        assertThat(set).containsEntry("setStatus", 404).containsEntry("setContentType", Problem.MEDIA_TYPE)
                .containsEntry("setCharacterEncoding", "UTF-8").containsEntry("Cache-Control", "no-store");
        assertThat(body.toString()).isEqualTo("{\"type\":\"urn:skillfast:problem:not-found\",\"title\":\""
                + ProblemType.NOT_FOUND.title() + "\",\"status\":404,\"detail\":\"There is nothing at this address.\","
                + "\"instance\":\"/nowhere\"}");
    }

    @Test
    void everyMemberTheProblemHasIsWrittenInTheApisOrder() throws Exception {
        ServletProblems.write(response(), new Problem("urn:skillfast:problem:validation", "Invalid request", 400,
                "page: must be a whole number", null, "e-1", List.of(new Problem.FieldError("page", "must be a whole number"))));

        assertThat(body.toString()).isEqualTo("{\"type\":\"urn:skillfast:problem:validation\",\"title\":\"Invalid request\","
                + "\"status\":400,\"detail\":\"page: must be a whole number\",\"errorId\":\"e-1\","
                + "\"errors\":[{\"field\":\"page\",\"message\":\"must be a whole number\"}]}");
    }
}
