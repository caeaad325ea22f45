package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * In headless Chromium: signing in with the company's provider (the tests' OpenID Connect provider), a
 * session with an expert, signing out; and a provider's refusal shown on the sign-in page.
 */
class SsoJourneyIT extends BrowserTest {

    @Test
    void signInWithTheCompanyReachASessionAndSignOut() throws Exception {
        String word = CatalogueIT.uniqueWord();
        Accounts.Session expert = LiveSessions.expert(word);
        String email = Accounts.uniqueEmail("sso-journey");
        ItOidc.nextUser("sub-" + UUID.randomUUID(), email, "Journey Company", List.of("staff"));

        page.navigate("/login");
        Locator sso = page.getByTestId("sso-start");
        assertThat(sso).hasText(Pattern.compile("Sign in with Contoso"));
        Browser.screenshot(page, "sso-login");
        sso.click();
        // the provider signs the enqueued user in at once and sends the browser back through /login/sso
        assertThat(page.getByTestId("user-menu")).containsText("Journey Company");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        String userId = ItServer.json(Accounts.cachedAdmin().get("/api/admin/users?q="
                + URLEncoder.encode(email, StandardCharsets.UTF_8))).getJsonArray("items").getJsonObject(0).getString("id");
        LiveSessions.grant(userId, 100_000);
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            page.navigate("/experts?q=" + word);
            Locator card = page.getByTestId("expert-card").first();
            assertThat(card.locator("[data-presence]")).hasAttribute("data-presence", "ONLINE");
            card.getByTestId("expert-card-name").click();
            page.getByTestId("expert-start-chat").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
            Locator room = page.getByTestId("session-room");
            assertThat(room).hasAttribute("data-state", "REQUESTED");
            String sessionId = page.url().substring(page.url().lastIndexOf('/') + 1);
            org.assertj.core.api.Assertions.assertThat(LiveSessions.act(expert, sessionId, "accept").statusCode())
                    .isEqualTo(200);
            assertThat(room).hasAttribute("data-state", "ACTIVE");
            Browser.screenshot(page, "sso-session");
            page.getByTestId("session-end").click();
            page.getByTestId("session-end-confirm").click();
            assertThat(room).hasAttribute("data-state", "ENDED");
        }

        page.getByTestId("user-menu").click();
        page.getByTestId("nav-logout").click();
        assertThat(page.getByTestId("nav-login")).isVisible();
        page.reload();
        assertThat(page.getByTestId("nav-login")).isVisible();
    }

    @Test
    void aRefusalAtTheProviderIsExplainedOnTheSignInPage() {
        page.navigate("/login?ssoError=denied");
        Locator error = page.getByTestId("login-sso-error");
        assertThat(error).isVisible();
        assertThat(error).hasAttribute("data-code", "denied");
        page.navigate("/login?ssoError=wrong_audience");
        assertThat(page.getByTestId("login-sso-error")).hasAttribute("data-code", "wrong_audience");
        Browser.screenshot(page, "sso-error");
    }
}
