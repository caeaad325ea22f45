package dev.skillfast.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, under {@code /api}. Described at {@code /openapi}, browsable at {@code /openapi/ui}.
 * Callers authenticate with an RS256 bearer token verified by MicroProfile JWT; every resource method
 * states who may call it ({@code @RolesAllowed} or {@code @PermitAll}).
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "skillfast")
@DeclareRoles({"CLIENT", "EXPERT", "ADMIN"})
@OpenAPIDefinition(
        info = @Info(title = "SkillFast API", version = "1",
                description = "Find an expert and consult them live by chat, audio or video, paid by the minute. "
                        + "Every error is application/problem+json (RFC 9457).",
                license = @License(name = "Proprietary")),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "Access token from POST /api/auth/login or /api/auth/refresh")),
        tags = {
            @Tag(name = "Accounts", description = "Sign-up, sign-in, sessions and one's own account"),
            @Tag(name = "Administration", description = "For administrators only"),
            @Tag(name = "Catalogue", description = "Categories, experts, search and matching"),
            @Tag(name = "System", description = "What this server is and how it is configured"),
            @Tag(name = "Diagnostics", description = "Reports from the web app to the operators")
        })
public class SkillFastApi extends Application {
}
