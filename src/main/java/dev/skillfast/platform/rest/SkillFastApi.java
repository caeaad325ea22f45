package dev.skillfast.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API, under {@code /api}. Described at {@code /openapi}, browsable at {@code /openapi/ui}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "SkillFast API", version = "1",
                description = "Find an expert and consult them live by chat, audio or video, paid by the minute. "
                        + "Every error is application/problem+json (RFC 9457).",
                license = @License(name = "Proprietary")),
        tags = {
            @Tag(name = "System", description = "What this server is and how it is configured"),
            @Tag(name = "Diagnostics", description = "Reports from the web app to the operators")
        })
public class SkillFastApi extends Application {
}
