package dev.skillfast.accounts.api;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.security.TransportSecurityFilter;

/**
 * The refresh token's cookie: HttpOnly (scripts never see it), SameSite=Strict, scoped to
 * {@code /api/auth} so it travels only to the endpoints that use it, and Secure on HTTPS.
 */
@ApplicationScoped
public class RefreshCookie {

    public static final String NAME = "skillfast_refresh";
    static final String PATH = "/api/auth";

    @Inject
    @ConfigProperty(name = "skillfast.https.only")
    boolean httpsOnly;

    public NewCookie of(String token, Duration lifetime, HttpServletRequest request) {
        return base(request).value(token).maxAge((int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds())).build();
    }

    public NewCookie cleared(HttpServletRequest request) {
        return base(request).value("").maxAge(0).build();
    }

    private NewCookie.Builder base(HttpServletRequest request) {
        return httpOnly(NAME, PATH, NewCookie.SameSite.STRICT, TransportSecurityFilter.secureCookies(request, httpsOnly));
    }

    /** A cookie scripts never see, sent only to {@code path}, Secure when the request came over HTTPS. */
    static NewCookie.Builder httpOnly(String name, String path, NewCookie.SameSite sameSite, boolean secure) {
        return new NewCookie.Builder(name).path(path).httpOnly(true).secure(secure).sameSite(sameSite);
    }
}
