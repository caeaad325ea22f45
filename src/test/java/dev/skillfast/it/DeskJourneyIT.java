package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * In headless Chromium: a client asks the desk of a category and waits in its queue, an expert of that
 * category sees the request live and picks it, and both are in the same session at once, where they chat.
 */
class DeskJourneyIT extends BrowserTest {

    @Test
    void aClientAsksTheDeskAnExpertPicksItAndTheyChat() {
        Accounts.Session expert = DeskIT.expertOfNewCategory();
        String category = DeskIT.categoryOf(expert);
        Accounts.Session client = LiveSessions.client();
        BrowserContext expertContext = browser.newContext("en-US");
        try {
            Page expertPage = expertContext.newPage();
            signIn(expertPage, expert.email(), Accounts.PASSWORD);
            expertPage.navigate("/expert/desk");
            assertThat(expertPage.getByTestId("desk-queue-page")).isVisible();
            Locator queue = expertPage.locator("[data-testid=desk-queue-category][data-category='" + category + "']");
            assertThat(queue.getByTestId("desk-queue-empty")).isVisible();

            signIn(page, client.email(), Accounts.PASSWORD);
            page.navigate("/desk?category=" + category);
            page.getByTestId("desk-channel-chat").check();
            page.getByTestId("desk-description").fill("Outlook keeps asking for my password.");
            Browser.screenshot(page, "desk-ask");
            page.getByTestId("desk-submit").click();
            assertThat(page.getByTestId("desk-position")).hasAttribute("data-position", "1");
            assertThat(page.getByTestId("desk-estimate")).isVisible();
            Browser.screenshot(page, "desk-waiting");

            // live: the request appears in the expert's queue without a reload
            Locator row = queue.getByTestId("desk-queue-row");
            assertThat(row).hasCount(1);
            assertThat(row.getByTestId("desk-queue-description")).containsText("Outlook keeps asking");
            Browser.screenshot(expertPage, "desk-queue");
            row.getByTestId("desk-queue-pick").click();

            assertThat(expertPage).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
            assertThat(page).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ACTIVE");
            assertThat(expertPage.getByTestId("session-room")).hasAttribute("data-state", "ACTIVE");

            page.getByTestId("chat-input").fill("Hello, it started after the update.");
            page.getByTestId("chat-send").click();
            assertThat(expertPage.getByTestId("chat-message").last()).containsText("after the update");
            expertPage.getByTestId("chat-input").fill("Let's reset your credentials.");
            expertPage.getByTestId("chat-input").press("Enter");
            assertThat(page.getByTestId("chat-message").last()).containsText("reset your credentials");
            Browser.screenshot(page, "desk-session");

            page.getByTestId("session-end").click();
            page.getByTestId("session-end-confirm").click();
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ENDED");
            expertPage.navigate("/expert/desk");
            assertThat(queue.getByTestId("desk-queue-empty")).isVisible();
        } finally {
            expertContext.close();
        }
    }
}
