package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * In headless Chromium: a member of a cost centre asks the desk on the centre's budget, an expert picks
 * the request, they chat, and the charge appears in the centre's report in the admin pages; and an approver
 * approves a session longer than the centre's per-session limit, which then starts for the client at once.
 */
class CostCentreJourneyIT extends BrowserTest {

    @Test
    void aMemberAsksTheDeskOnTheCentreAndTheChargeAppearsInTheCentresReport() {
        Accounts.Session expert = DeskIT.expertOfNewCategory();
        String category = DeskIT.categoryOf(expert);
        Accounts.Session client = LiveSessions.client(0); // an empty wallet: the centre pays
        String code = CostCentres.create(50_000, null, List.of(), client);
        BrowserContext expertContext = browser.newContext("en-US");
        try {
            Page expertPage = expertContext.newPage();
            signIn(expertPage, expert.email(), Accounts.PASSWORD);
            expertPage.navigate("/expert/desk");
            Locator queue = expertPage.locator("[data-testid=desk-queue-category][data-category='" + category + "']");
            assertThat(queue.getByTestId("desk-queue-empty")).isVisible();

            signIn(page, client.email(), Accounts.PASSWORD);
            page.navigate("/desk?category=" + category);
            page.locator("[data-testid=pay-with-centre][data-code='" + code + "']").check();
            page.getByTestId("desk-channel-chat").check();
            page.getByTestId("desk-description").fill("The printer on floor 3 rejects my badge.");
            Browser.screenshot(page, "cost-centre-desk-ask");
            page.getByTestId("desk-submit").click();
            assertThat(page.getByTestId("desk-position")).hasAttribute("data-position", "1");

            queue.getByTestId("desk-queue-row").getByTestId("desk-queue-pick").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ACTIVE");
            assertThat(page.getByTestId("session-funded-by")).containsText(code);
            page.getByTestId("chat-input").fill("It worked yesterday.");
            page.getByTestId("chat-send").click();
            assertThat(expertPage.getByTestId("chat-message").last()).containsText("worked yesterday");
            Billing.pause(Billing.UNIT.multipliedBy(2).plusMillis(500)); // the free unit, then a paid one
            page.getByTestId("session-end").click();
            page.getByTestId("session-end-confirm").click();
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ENDED");
            String sessionId = page.url().substring(page.url().lastIndexOf('/') + 1);
            long total = Billing.receipt(client, sessionId).getJsonNumber("total").longValue();
            assertThat(total).isPositive();
        } finally {
            expertContext.close();
        }

        BrowserContext adminContext = browser.newContext("en-US");
        try {
            Page admin = adminContext.newPage();
            signInAsAdmin(admin);
            admin.navigate("/admin/cost-centres");
            assertThat(admin.getByText(code).first()).isVisible();
            admin.navigate("/admin/cost-centres/" + code);
            JsonObject report = CostCentres.report(Accounts.cachedAdmin(), code);
            long spent = report.getJsonNumber("spent").longValue();
            assertThat(spent).isPositive();
            assertThat(admin.getByTestId("report-total")).hasAttribute("data-amount", Long.toString(spent));
            Locator person = admin.locator("[data-testid=report-person-row][data-user-id='" + client.userId() + "']");
            assertThat(person).hasAttribute("data-amount", Long.toString(spent));
            assertThat(admin.getByTestId("report-chart-days")).isVisible();
            Browser.screenshot(admin, "cost-centre-report");
        } finally {
            adminContext.close();
        }
    }

    @Test
    void anApproverApprovesALongSessionAndItStartsForTheClient() {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session approver = LiveSessions.client(0);
        String word = CatalogueIT.uniqueWord();
        Accounts.Session expert = LiveSessions.expert(word);
        String code = CostCentres.create(1_000_000, 300L, List.of(approver.userId()), client);
        BrowserContext others = browser.newContext("en-US");
        try {
            Page expertPage = others.newPage();
            signIn(expertPage, expert.email(), Accounts.PASSWORD);
            Page approverPage = browser.newContext("en-US").newPage();
            signIn(approverPage, approver.email(), Accounts.PASSWORD);
            approverPage.navigate("/approvals");
            assertThat(approverPage.getByTestId("approvals-page")).isVisible();

            signIn(page, client.email(), Accounts.PASSWORD);
            page.navigate("/experts/" + expert.userId());
            assertThat(page.getByTestId("expert-presence")).hasAttribute("data-presence", "ONLINE");
            page.locator("[data-testid=pay-with-centre][data-code='" + code + "']").check();
            page.getByTestId("expected-minutes").fill("45");
            page.getByTestId("expert-start-chat").click();
            assertThat(page.getByTestId("expert-approval-waiting")).isVisible();
            Browser.screenshot(page, "cost-centre-awaiting-approval");

            // live: the request reaches the approver's inbox without a reload
            Locator item = approverPage.getByTestId("approval-item");
            assertThat(item).hasCount(1);
            assertThat(item.getByTestId("approval-centre")).containsText(code);
            Browser.screenshot(approverPage, "cost-centre-approvals");
            item.getByTestId("approval-note").fill("Fine for the migration.");
            item.getByTestId("approval-approve").click();

            // the client's session is asked for at once, on the approval; the expert accepts it
            assertThat(page).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "REQUESTED");
            expertPage.getByTestId("incoming-accept").click();
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ACTIVE");
            String sessionId = page.url().substring(page.url().lastIndexOf('/') + 1);
            JsonObject session = Billing.session(client, sessionId);
            assertThat(session.getJsonObject("fundedBy").getString("code")).isEqualTo(code);
            assertThat(session.getJsonObject("fundedBy").getJsonNumber("limit").longValue()).isGreaterThan(300);
            page.getByTestId("session-end").click();
            page.getByTestId("session-end-confirm").click();
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ENDED");
            approverPage.context().close();
        } finally {
            others.close();
        }
    }
}
