package dev.skillfast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The production switch: HTTP goes to HTTPS, HTTPS gets HSTS; off by default. */
class TransportSecurityFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private int status = 200;
    private boolean passedOn;

    private HttpServletRequest request(String method, boolean secure, String query) {
        Map<String, Object> answers = Map.of("getMethod", method, "isSecure", secure, "getServerName", "desk.example.com",
                "getRequestURI", "/api/auth/login");
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> "getQueryString".equals(m.getName()) ? query : answers.get(m.getName()));
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status = (Integer) args[0];
                        default -> { }
                    }
                    return null;
                });
    }

    private final FilterChain chain = (req, res) -> passedOn = true;

    private TransportSecurityFilter filter(boolean httpsOnly) {
        TransportSecurityFilter filter = new TransportSecurityFilter();
        filter.httpsOnly = httpsOnly;
        filter.httpsPort = 9443;
        filter.hstsMaxAge = 31536000;
        return filter;
    }

    @Test
    void offByDefaultNothingChanges() throws Exception {
        filter(false).doFilter(request("GET", false, null), response(), chain);
        assertThat(passedOn).isTrue();
        assertThat(headers).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"GET, 301", "HEAD, 301", "POST, 308", "PATCH, 308"})
    void plainHttpIsRedirectedKeepingTheMethodWhereItMatters(String method, int expected) throws Exception {
        filter(true).doFilter(request(method, false, "a=1"), response(), chain);
        assertThat(passedOn).isFalse();
        assertThat(status).isEqualTo(expected);
        assertThat(headers).containsEntry("Location", "https://desk.example.com:9443/api/auth/login?a=1");
    }

    @Test
    void httpsGetsHsts() throws Exception {
        filter(true).doFilter(request("GET", true, null), response(), chain);
        assertThat(passedOn).isTrue();
        assertThat(headers.get("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    @Test
    void cookiesAreSecureOnHttpsOrInProduction() {
        assertThat(TransportSecurityFilter.secureCookies(request("GET", true, null), false)).isTrue();
        assertThat(TransportSecurityFilter.secureCookies(request("GET", false, null), true)).isTrue();
        assertThat(TransportSecurityFilter.secureCookies(request("GET", false, null), false)).isFalse();
    }
}
