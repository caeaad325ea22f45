package dev.skillfast.realtime.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.platform.problem.ServletProblems;
import dev.skillfast.platform.security.RateLimit;
import dev.skillfast.realtime.domain.Gateway;
import dev.skillfast.realtime.domain.Tickets;

/**
 * The WebSocket handshake at {@code /ws}: refuses a foreign {@code Origin} (cross-site WebSocket
 * hijacking) with 403 and a missing, used or expired ticket with 401, both as problem details, and only
 * then upgrades (Jakarta WebSocket 2.1's {@code upgradeHttpToWebSocket}) to a {@link GatewayEndpoint}
 * that knows who is connected. Browsers always send {@code Origin}; other clients may leave it out.
 */
@WebServlet(urlPatterns = "/ws", asyncSupported = true)
public class GatewayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Gateway gateway;

    @Inject
    transient Tickets tickets;

    @Inject
    @ConfigProperty(name = "skillfast.cors.allowed-origins")
    transient Optional<String[]> allowedOrigins; // an array: see CorsFilter

    @Inject
    @ConfigProperty(name = "skillfast.ws.rate-limit")
    transient String messageLimit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
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
        Optional<Tickets.Identity> identity = tickets.redeem(request.getParameter("ticket"));
        if (identity.isEmpty()) {
            problem(request, response, ProblemType.UNAUTHORIZED,
                    "A valid ticket is required: get one from POST /api/ws-ticket (single use, valid 30 s).");
            return;
        }
        RateLimit limit = RateLimit.parse("skillfast.ws.rate-limit", messageLimit);
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GatewayEndpoint.class, "/ws")
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new GatewayEndpoint(gateway, identity.get(), limit));
                    }
                }).build();
        ServerContainer container = (ServerContainer) getServletContext().getAttribute(ServerContainer.class.getName());
        try {
            container.upgradeHttpToWebSocket(request, response, config, Map.of());
        } catch (DeploymentException e) {
            throw new ServletException("WebSocket upgrade failed", e);
        }
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
