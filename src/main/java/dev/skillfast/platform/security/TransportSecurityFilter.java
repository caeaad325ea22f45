package dev.skillfast.platform.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The production switch {@code skillfast.https.only}: plain-HTTP requests are redirected to HTTPS
 * (301 for GET/HEAD, 308 otherwise so the method and body survive) and HTTPS responses carry HSTS.
 */
public class TransportSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "skillfast.https.only")
    boolean httpsOnly;

    /**
     * The Liberty variable server.xml listens on (SKILLFAST_HTTPS_PORT), which MicroProfile Config also
     * sees; its default is in microprofile-config.properties as well as in server.xml.
     */
    @Inject
    @ConfigProperty(name = "skillfast.https.port")
    int httpsPort;

    @Inject
    @ConfigProperty(name = "skillfast.hsts.max-age-seconds")
    long hstsMaxAge;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!httpsOnly) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.isSecure()) {
            String method = request.getMethod();
            int status = "GET".equals(method) || "HEAD".equals(method) ? 301 : 308;
            String port = httpsPort == 443 ? "" : ":" + httpsPort;
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.setStatus(status);
            response.setHeader("Location", "https://" + request.getServerName() + port + request.getRequestURI() + query);
            return;
        }
        response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
        chain.doFilter(request, response);
    }

    /** Whether cookies must be Secure: always in production, and on any HTTPS request. */
    public static boolean secureCookies(HttpServletRequest request, boolean httpsOnly) {
        return httpsOnly || (request != null && request.isSecure());
    }
}
