package dev.skillfast.platform.metrics;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * HTTP latency by endpoint: {@code http_server_requests_seconds{method, uri, status}}, where {@code uri} is the
 * endpoint's path template ({@code /api/sessions/{id}}), never the request's own path (ids would make every
 * request a series of its own). Requests no endpoint matched count under {@code UNMATCHED}.
 */
@Provider
public class HttpMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String METER = "http.server.requests";
    private static final String STARTED = HttpMetricsFilter.class.getName() + ".started";

    @Inject
    MeterRegistry meters;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        Timer.builder(METER).description("HTTP requests to the API by endpoint")
                .tag("method", request.getMethod()).tag("uri", template()).tag("status", String.valueOf(response.getStatus()))
                .register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** /api + the class's @Path + the method's @Path. */
    private String template() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (type == null || method == null) {
            return "UNMATCHED";
        }
        StringBuilder path = new StringBuilder("/api");
        append(path, type.getAnnotation(Path.class));
        append(path, method.getAnnotation(Path.class));
        return path.toString();
    }

    private static void append(StringBuilder path, Path part) {
        if (part == null) {
            return;
        }
        String value = part.value();
        if (!value.startsWith("/")) {
            path.append('/');
        }
        path.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}
