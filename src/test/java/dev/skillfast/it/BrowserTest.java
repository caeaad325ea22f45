package dev.skillfast.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

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
        context = browser.newContext("en-US");
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }
}
