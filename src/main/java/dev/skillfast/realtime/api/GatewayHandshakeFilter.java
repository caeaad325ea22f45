package dev.skillfast.realtime.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.platform.problem.ServletProblems;
import dev.skillfast.realtime.domain.Tickets;

/**
 * Guards the WebSocket handshake at {@code /ws}: refuses a request that is not an upgrade with 400, a
 * foreign {@code Origin} (cross-site WebSocket hijacking) with 403 and a missing, used or expired ticket
 * with 401, all as problem details, before the WebSocket container sees the request. An accepted ticket
 * is handed to {@link Admissions}, where the {@link GatewayEndpoint} opened by this handshake takes it.
 * Browsers always send {@code Origin}; other clients may leave it out.
 *
 * <p>A filter in front of a registered endpoint, rather than a servlet calling Jakarta WebSocket 2.1's
 * {@code upgradeHttpToWebSocket}, because that is the one arrangement every server carries out the same
 * way: Tyrus (Payara, GlassFish) only upgrades to an endpoint registered at the path and ignores the
 * configuration handed to it. Mapped in web.xml, after the filters that add the security headers.
 */
public class GatewayHandshakeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Tickets tickets;

    @Inject
    transient Admissions admissions;

    @Inject
    @ConfigProperty(name = "skillfast.cors.allowed-origins")
    transient Optional<String[]> allowedOrigins; // an array: see CorsFilter

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            problem(request, response, ProblemType.MALFORMED_REQUEST,
                    "This is the WebSocket endpoint: open it with a WebSocket and a ticket from POST /api/ws-ticket.");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request) && !configuredOrigin(origin)) {
            problem(request, response, ProblemType.FORBIDDEN, "WebSocket connections from " + abbreviate(origin)
                    + " are not allowed.");
            return;
        }
        String ticket = request.getParameter("ticket");
        Optional<Tickets.Identity> identity = tickets.redeem(ticket);
        if (identity.isEmpty()) {
            problem(request, response, ProblemType.UNAUTHORIZED,
                    "A valid ticket is required: get one from POST /api/ws-ticket (single use, valid 30 s).");
            return;
        }
        admissions.admit(ticket, identity.get());
        chain.doFilter(request, response);
    }

    /** Whether the page's origin is this server as the browser reached it (scheme-independent: TLS may end at a proxy). */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String defaultPort = "https".equals(uri.getScheme()) ? ":443" : ":80";
            return host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(authority + defaultPort);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean configuredOrigin(String origin) {
        return allowedOrigins.map(List::of).orElse(List.of()).stream().map(String::trim).anyMatch(origin::equals);
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        ServletProblems.write(response, type, detail, request.getRequestURI());
    }

    private static String abbreviate(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
