package dev.skillfast.accounts.api;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.security.TransportSecurityFilter;

/**
 * The single sign-on attempt's cookie: a secret that ties the provider's answer to the browser that
 * started the sign-in. SameSite=Lax, since the answer arrives as a navigation from the provider's site.
 */
@ApplicationScoped
public class SsoCookie {

    public static final String NAME = "skillfast_sso";
    static final String PATH = "/api/auth/sso";

    @Inject
    @ConfigProperty(name = "skillfast.https.only")
    boolean httpsOnly;

    public NewCookie of(String secret, Duration lifetime, HttpServletRequest request) {
        return base(request).value(secret).maxAge((int) lifetime.toSeconds()).build();
    }

    public NewCookie cleared(HttpServletRequest request) {
        return base(request).value("").maxAge(0).build();
    }

    private NewCookie.Builder base(HttpServletRequest request) {
        return RefreshCookie.httpOnly(NAME, PATH, NewCookie.SameSite.LAX,
                TransportSecurityFilter.secureCookies(request, httpsOnly));
    }
}
