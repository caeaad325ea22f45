package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * In headless Chromium (issue 22): an administrator on the operations console watches a session appear
 * live, ends it with a reason, and the client in the session room is told why at once; the end is then found in
 * the audit log (whose chain verifies) and the ledger check finds the books balanced.
 */
class AdminConsoleJourneyIT extends BrowserTest {

    @Test
    void anAdministratorWatchesASessionGoLiveAndEndsItWithAReason() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        BrowserContext clientContext = browser.newContext("en-US");
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            signInAsAdmin(page);
            page.navigate("/admin/sessions");
            assertThat(page.getByTestId("admin-sessions-live")).isVisible();

            // live: the session appears on the console without a reload
            String sessionId = LiveSessions.active(client, expert, "CHAT");
            Locator row = page.getByTestId("admin-live-row-" + sessionId);
            assertThat(row).isVisible();

            Page clientPage = clientContext.newPage();
            signIn(clientPage, client.email(), Accounts.PASSWORD);
            clientPage.navigate("/sessions/" + sessionId);
            assertThat(clientPage.getByTestId("session-room")).hasAttribute("data-state", "ACTIVE");
            Browser.screenshot(page, "admin-sessions-live");

            String reason = "The desk closes for maintenance; please ask again in an hour.";
            page.getByTestId("admin-end-" + sessionId).click();
            page.getByTestId("end-reason").fill(reason);
            page.getByTestId("end-confirm").click();
            assertThat(row).hasCount(0);

            assertThat(clientPage.getByTestId("session-room")).hasAttribute("data-state", "ENDED");
            assertThat(clientPage.getByTestId("session-room")).containsText(reason);
            Browser.screenshot(clientPage, "admin-ended-session-room");
            org.assertj.core.api.Assertions.assertThat(Billing.receipt(client, sessionId).getString("currency"))
                    .as("settled like any end").isEqualTo("EUR");

            // the end is in the audit log, and the log's chain holds
            page.navigate("/admin/audit?action=session.end&target=" + sessionId);
            Locator audited = page.getByTestId("audit-row");
            assertThat(audited).hasCount(1);
            assertThat(audited).containsText(admin.email());
            assertThat(audited).containsText(reason);
            page.getByTestId("audit-verify").click();
            assertThat(page.getByTestId("audit-verify-result")).hasAttribute("role", "status");
            Browser.screenshot(page, "admin-audit");

            // the books: the ledger check finds them balanced
            page.navigate("/admin/books");
            page.getByTestId("ledger-check-run").click();
            assertThat(page.getByTestId("ledger-check-result")).hasAttribute("data-balanced", "true");
            Browser.screenshot(page, "admin-books");
        } finally {
            clientContext.close();
        }
    }
}
