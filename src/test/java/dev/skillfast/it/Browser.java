package dev.skillfast.it;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;

/**
 * Debian's Chromium, headless, driven by Playwright for Java; never a downloaded browser. One per test
 * class: open it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser launch() {
        ItServer.awaitSkillFast();
        Path executable = Path.of(System.getProperty("skillfast.it.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": install Debian's package (apt-get install chromium) or set -Dchromium.path=...");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic",
                            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream")));
            return new Browser(playwright, chromium);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh, isolated browser profile (own storage and cookies) with the given UI language. */
    public BrowserContext newContext(String locale) {
        return newContext(locale, ItServer.base());
    }

    /** The same on the server at {@code base} (a cluster node): relative navigations go there. */
    public BrowserContext newContext(String locale, URI base) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setBaseURL(base.toString())
                .setLocale(locale)
                .setViewportSize(1280, 860));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /**
     * A full-page screenshot, for people to look at (nothing compares it). It is taken a second time when
     * the first times out: headless Chromium on a busy 2-core CI machine once waited 15 s for the frame
     * of a full-page capture that a rerun of the same test took at once, and one stalled capture must not
     * fail the checks the test makes. A second timeout still fails the test.
     */
    public static void screenshot(Page page, String name) {
        Path folder = Path.of(System.getProperty("skillfast.it.screenshots", "target/screenshots"));
        Page.ScreenshotOptions options = new Page.ScreenshotOptions()
                .setPath(folder.resolve(name + ".png")).setFullPage(true);
        try {
            page.screenshot(options);
        } catch (TimeoutError stalled) {
            page.screenshot(options);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
