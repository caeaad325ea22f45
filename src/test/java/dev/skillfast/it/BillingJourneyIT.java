package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The money around a consultation, in the browser: an administrator credits a client's wallet with the
 * grant form; the client spends part of it in a session (run over the API; the live-session journey
 * covers the room); the client's wallet page shows the balance, the grant and the charges, and exports
 * them as CSV; the expert's earnings page shows what the session earned.
 */
class BillingJourneyIT extends BrowserTest {

    private static final long GRANT = 2_500;
    private static final String REASON = "Team budget Q4";

    @Test
    void aGrantIsSpentInASessionAndShowsInTheWalletAndTheEarnings() throws IOException {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());

        // The administrator finds the client and grants 25.00 EUR.
        BrowserContext adminContext = browser.newContext("en-US");
        try {
            Page admin = adminContext.newPage();
            signInAsAdmin(admin);
            admin.navigate("/admin/users?q=" + client.email());
            Locator row = admin.locator("[data-testid=admin-users-row][data-user-id='" + client.userId() + "']");
            row.getByTestId("user-grant").click();
            admin.getByTestId("grant-amount").fill("25.00");
            admin.getByTestId("grant-currency").selectOption("EUR");
            admin.getByTestId("grant-reason").fill(REASON);
            admin.getByTestId("grant-submit").click();
            assertThat(admin.getByTestId("grant-done")).isVisible();
            Browser.screenshot(admin, "billing-admin-grant");
        } finally {
            adminContext.close();
        }
        org.assertj.core.api.Assertions.assertThat(Billing.balance(client)).isEqualTo(GRANT);

        // A chat session with one free and one paid unit.
        JsonObject receipt;
        String sessionId;
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            sessionId = LiveSessions.active(client, expert, "CHAT");
            Instant startedAt = Instant.parse(Billing.session(client, sessionId).getString("startedAt"));
            Billing.sleepUntil(startedAt.plus(Billing.UNIT.multipliedBy(3).dividedBy(2)));
            org.assertj.core.api.Assertions.assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
            receipt = Billing.receipt(client, sessionId);
        }
        long total = receipt.getJsonNumber("total").longValue();
        long paidUnits = receipt.getJsonNumber("paidUnits").longValue();
        long earning = receipt.getJsonNumber("expertEarning").longValue();
        org.assertj.core.api.Assertions.assertThat(paidUnits).as("units paid").isPositive();

        // The client's wallet: balance, the grant with its reason, one row per paid unit, and the CSV.
        signIn(page, client.email(), Accounts.PASSWORD);
        page.getByTestId("user-menu").click();
        page.getByTestId("nav-wallet").click();
        assertThat(page.getByTestId("wallet-balance")).hasAttribute("data-amount", String.valueOf(GRANT - total));
        Locator grantRow = page.locator("[data-testid=wallet-tx-row][data-type=GRANT]");
        assertThat(grantRow).hasAttribute("data-amount", String.valueOf(GRANT));
        assertThat(grantRow).containsText(REASON);
        Locator charges = page.locator("[data-testid=wallet-tx-row][data-type=SESSION_CHARGE]");
        assertThat(charges).hasCount((int) paidUnits);
        assertThat(charges.first()).hasAttribute("data-amount", String.valueOf(-total / paidUnits));
        assertThat(charges.first().getByTestId("wallet-tx-session")).hasAttribute("href", "/sessions/" + sessionId);
        Browser.screenshot(page, "billing-wallet");
        Download csv = page.waitForDownload(() -> page.getByTestId("wallet-csv").click());
        String exported = Files.readString(csv.path());
        org.assertj.core.api.Assertions.assertThat(exported).contains("GRANT", REASON, "SESSION_CHARGE", sessionId);

        // The expert's earnings: what the session earned, net of the commission.
        BrowserContext expertContext = browser.newContext("en-US");
        try {
            Page expertPage = expertContext.newPage();
            signIn(expertPage, expert.email(), Accounts.PASSWORD);
            expertPage.getByTestId("user-menu").click();
            expertPage.getByTestId("nav-earnings").click();
            assertThat(expertPage.getByTestId("earnings-available")).hasAttribute("data-amount", String.valueOf(earning));
            Locator earned = expertPage.locator("[data-testid=earnings-row][data-session-id='" + sessionId + "']");
            assertThat(earned).hasAttribute("data-earned", String.valueOf(earning));
            assertThat(earned.getByTestId("earnings-row-minutes")).hasText(String.valueOf(paidUnits));
            Browser.screenshot(expertPage, "billing-earnings");
        } finally {
            expertContext.close();
        }
    }

}
