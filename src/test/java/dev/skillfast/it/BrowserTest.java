package dev.skillfast.it;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Base of the browser journeys: one Chromium per test class, a fresh profile (storage, cookies) and
 * page per test, in English unless a test opens another context.
 */
abstract class BrowserTest {

    protected static Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext("en-US", base());
        page = context.newPage();
    }

    /** The server {@link #page} opens on: the integration-test server, unless a class says another. */
    protected URI base() {
        return ItServer.base();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Signs in on the login page and waits until the header shows the signed-in user's menu. */
    protected static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.getByTestId("login-email").fill(email);
        page.getByTestId("login-password").fill(password);
        page.getByTestId("login-submit").click();
        PlaywrightAssertions.assertThat(page.getByTestId("user-menu")).isVisible();
    }

    /** The integration-test server's administrator. */
    protected static void signInAsAdmin(Page page) {
        signIn(page, System.getProperty("skillfast.it.admin.email", "admin@it.skillfast.local"),
                System.getProperty("skillfast.it.admin.password", "it-admin-Password-2026"));
    }
}
