package dev.skillfast.platform;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.cluster.NodeId;

/** Tells whoever started the server where to open SkillFast, once the application is up. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    BuildInfo build;

    @Inject
    NodeId node;

    /**
     * The Liberty variable server.xml listens on (SKILLFAST_HTTP_PORT), which MicroProfile Config also
     * sees; its default is in microprofile-config.properties as well as in server.xml.
     */
    @Inject
    @ConfigProperty(name = "skillfast.http.port")
    String httpPort;

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> build.name() + " " + build.version() + " is starting as node " + node + ": open http://localhost:" + httpPort
                + "/ (API docs: /openapi/ui, readiness: /health/ready)");
    }
}
