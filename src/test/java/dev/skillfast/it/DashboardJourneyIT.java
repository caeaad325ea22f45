package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * In headless Chromium (issue 22): after a session, the administrators' dashboard shows for the day the
 * same numbers as the API (totals, every category row, every top expert row), chosen through the period
 * form; the expert's and the client's dashboards show what the session earned and cost.
 */
class DashboardJourneyIT extends BrowserTest {

    /** The digits of a displayed number: "€12.30" → 1230, "1,234" → 1234 (two-decimal currencies). */
    private static long digits(Locator shown) {
        return Long.parseLong(shown.innerText().replaceAll("[^0-9]", ""));
    }

    private static JsonObject dashboard(Accounts.Session admin, String day) {
        return ItServer.json(admin.get("/api/admin/dashboard?from=" + day + "&to=" + day));
    }

    @Test
    void theDashboardsShowTheApisNumbers() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String sessionId;
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            sessionId = LiveSessions.active(client, expert, "AUDIO");
            org.assertj.core.api.Assertions.assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
        }
        JsonObject receipt = Billing.receipt(client, sessionId);

        signInAsAdmin(page);
        page.navigate("/admin/dashboard");
        assertThat(page.getByTestId("admin-dashboard")).isVisible();
        page.getByTestId("dashboard-from").fill(today);
        page.getByTestId("dashboard-to").fill(today);
        page.getByTestId("dashboard-apply").click();
        page.waitForURL(url -> url.contains("from=" + today) && url.contains("to=" + today));

        // what the page shows must be what the API answers for the same day; a background end (another
        // test's session expiring) may move the figures between the two reads, so read the API around the page
        JsonObject shownFrom = null;
        for (int attempt = 0; attempt < 5 && shownFrom == null; attempt++) {
            JsonObject before = dashboard(admin, today);
            page.reload();
            assertThat(page.getByTestId("dashboard-sessions")).isVisible();
            List<Locator> categoryRows = page.getByTestId("dashboard-category-row").all();
            boolean same = digits(page.getByTestId("dashboard-sessions")) == before.getJsonObject("totals").getInt("sessions")
                    && categoryRows.size() == before.getJsonArray("categories").size();
            if (same && before.equals(dashboard(admin, today))) {
                shownFrom = before;
            }
        }
        org.assertj.core.api.Assertions.assertThat(shownFrom).as("the page and the API agree on the day").isNotNull();
        JsonObject totals = shownFrom.getJsonObject("totals");
        org.assertj.core.api.Assertions.assertThat(digits(page.getByTestId("dashboard-turnover"))).isEqualTo(totals.getJsonNumber("turnover").longValue());
        org.assertj.core.api.Assertions.assertThat(digits(page.getByTestId("dashboard-commission")))
                .isEqualTo(totals.getJsonNumber("commission").longValue());
        for (JsonObject category : shownFrom.getJsonArray("categories").getValuesAs(JsonObject.class)) {
            Locator row = page.locator("[data-testid=dashboard-category-row][data-category='" + category.getString("category") + "']");
            assertThat(row.getByTestId("category-sessions")).hasText(String.valueOf(category.getInt("sessions")));
            org.assertj.core.api.Assertions.assertThat(digits(row.getByTestId("category-turnover")))
                    .isEqualTo(category.getJsonNumber("turnover").longValue());
        }
        List<JsonObject> top = shownFrom.getJsonArray("topExpertsByMinutes").getValuesAs(JsonObject.class);
        assertThat(page.getByTestId("dashboard-top-minutes-row")).hasCount(top.size());
        for (JsonObject e : top) {
            Locator row = page.locator("[data-testid=dashboard-top-minutes-row][data-expert-id='" + e.getString("expertId") + "']");
            assertThat(row.getByTestId("expert-sessions")).hasText(String.valueOf(e.getInt("sessions")));
        }
        Browser.screenshot(page, "admin-dashboard");

        BrowserContext expertContext = browser.newContext("en-US");
        BrowserContext clientContext = browser.newContext("en-US");
        try {
            Page expertPage = expertContext.newPage();
            signIn(expertPage, expert.email(), Accounts.PASSWORD);
            expertPage.navigate("/dashboard");
            assertThat(expertPage.getByTestId("expert-dashboard")).isVisible();
            assertThat(expertPage.getByTestId("dashboard-sessions")).hasText("1");
            org.assertj.core.api.Assertions.assertThat(digits(expertPage.getByTestId("dashboard-earnings")))
                    .isEqualTo(receipt.getJsonNumber("expertEarning").longValue());
            Browser.screenshot(expertPage, "expert-dashboard");

            Page clientPage = clientContext.newPage();
            signIn(clientPage, client.email(), Accounts.PASSWORD);
            clientPage.navigate("/dashboard");
            assertThat(clientPage.getByTestId("client-dashboard")).isVisible();
            assertThat(clientPage.getByTestId("dashboard-expert-row")).hasCount(1);
            org.assertj.core.api.Assertions.assertThat(digits(clientPage.getByTestId("dashboard-spent")))
                    .isEqualTo(receipt.getJsonNumber("total").longValue());
            Browser.screenshot(clientPage, "client-dashboard");
        } finally {
            expertContext.close();
            clientContext.close();
        }
    }
}
