package dev.skillfast.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Deep links into the web app: a GET for an app route such as {@code /experts/123} that is no file of
 * the WAR is answered with {@code index.html}, and the Angular router takes it from there. The API,
 * the WebSocket endpoint, health and OpenAPI keep their own handling, and a missing file (a path
 * whose last segment has an extension) stays a 404.
 */
public class SpaFallbackFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String INDEX = "/index.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!("GET".equals(method) || "HEAD".equals(method))
                || WebPaths.isBackend(path)
                || WebPaths.looksLikeFile(path)
                || isStaticFile(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher(INDEX).forward(request, response);
    }

    private boolean isStaticFile(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return false;
        }
        try {
            return getServletContext().getResource(path) != null;
        } catch (java.net.MalformedURLException e) {
            return false;
        }
    }
}
