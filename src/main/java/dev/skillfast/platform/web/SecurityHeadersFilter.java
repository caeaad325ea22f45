package dev.skillfast.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security and caching headers on every response of the application. The web app is built without
 * inline scripts, so the policy allows scripts from this origin only; Angular injects component
 * styles at run time, hence {@code style-src 'unsafe-inline'}. Hashed build files never change and are
 * cached for a year; other static files are revalidated. API answers get theirs from {@link
 * dev.skillfast.platform.rest.ApiCacheControl}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob: mediastream:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy",
                "camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!WebPaths.isApi(path)) {
            response.setHeader("Cache-Control", WebPaths.isHashedAsset(path) ? IMMUTABLE : "no-cache");
        }
        chain.doFilter(request, response);
    }
}
