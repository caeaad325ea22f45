package dev.skillfast.realtime.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.security.RateLimit;
import dev.skillfast.realtime.domain.Gateway;

/**
 * Registers the {@link GatewayEndpoint} at {@code /ws} while the application deploys. Programmatic (not
 * {@code @ServerEndpoint}) so every connection gets the beans it needs, and a connection that did not come
 * through {@link GatewayHandshakeFilter} finds no admission and is closed.
 */
@WebListener
public class GatewayRegistration implements ServletContextListener {

    @Inject
    Gateway gateway;

    @Inject
    Admissions admissions;

    @Inject
    @ConfigProperty(name = "skillfast.ws.rate-limit")
    String messageLimit;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        RateLimit limit = RateLimit.parse("skillfast.ws.rate-limit", messageLimit);
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GatewayEndpoint.class, "/ws")
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return endpointClass.cast(new GatewayEndpoint(gateway, admissions, limit));
                    }
                }).build();
        ServerContainer container = (ServerContainer) event.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        if (container == null) {
            throw new IllegalStateException("This server has no Jakarta WebSocket container: enable WebSocket 2.1");
        }
        try {
            container.addEndpoint(config);
        } catch (DeploymentException e) {
            throw new IllegalStateException("The WebSocket endpoint /ws could not be registered", e);
        }
    }
}
