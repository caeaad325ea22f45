package dev.skillfast.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's network address, for per-address limits. The direct peer: forwarded headers are not
 * trusted, since anyone can send them (behind a proxy, let the proxy rate-limit by address).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
