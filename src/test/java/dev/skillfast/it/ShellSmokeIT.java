package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The web app shell in a real browser: it loads, switches language (remembered), and deep links work. */
class ShellSmokeIT extends BrowserTest {

    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void collectConsoleErrors() {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
    }

    @Test
    void shellLoadsShowsServerFactsAndSwitchesLanguage() {
        page.navigate("/");
        assertThat(page.getByTestId("app-header")).isVisible();
        assertThat(page.getByTestId("app-footer")).isVisible();
        assertThat(page.getByTestId("landing-title")).containsText("expert");
        assertThat(page.getByTestId("api-info-version")).not().isEmpty();
        assertThat(page.getByTestId("api-info-database")).containsText("mbedded");
        Browser.screenshot(page, "shell-landing-en");

        page.getByTestId("lang-es").click();
        assertThat(page.getByTestId("landing-title")).containsText("experto");
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByTestId("lang-es")).hasAttribute("aria-pressed", "true");

        page.reload();
        assertThat(page.getByTestId("landing-title")).containsText("experto");
        Browser.screenshot(page, "shell-landing-es");

        page.getByTestId("lang-en").click();
        assertThat(page.getByTestId("landing-title")).containsText("expert");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(consoleErrors).as("browser console errors (CSP violations among them)").isEmpty();
    }

    @Test
    void deepLinksAndUnknownRoutesWork() {
        page.navigate("/about");
        assertThat(page.getByTestId("about-title")).isVisible();
        Browser.screenshot(page, "shell-about");

        page.getByTestId("nav-home").click();
        assertThat(page.getByTestId("landing-title")).isVisible();
        assertThat(page).hasURL(ItServer.base() + "/");

        page.navigate("/no/such/page");
        assertThat(page.getByTestId("not-found")).isVisible();
        page.getByTestId("not-found").getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByTestId("landing-title")).isVisible();
        Browser.screenshot(page, "shell-not-found-back-home");
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    @Test
    void spanishBrowsersGetSpanishFirst() {
        BrowserContext spanish = browser.newContext("es-ES");
        try {
            Page spanishPage = spanish.newPage();
            spanishPage.navigate("/");
            assertThat(spanishPage.getByTestId("landing-title")).containsText("experto");
            assertThat(spanishPage.locator("html")).hasAttribute("lang", "es");
        } finally {
            spanish.close();
        }
    }
}
