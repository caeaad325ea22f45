package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** An expert fills in their profile in the browser; an administrator verifies it; clients find it. */
class ExpertOnboardingJourneyIT extends BrowserTest {


    @Test
    void expertProfileIsReviewedAndThenFound() {
        Accounts.Session expert = Accounts.newUser("EXPERT");
        String skill = CatalogueIT.uniqueWord();

        signIn(page, expert.email(), Accounts.PASSWORD);
        page.getByTestId("nav-expert-profile").click();
        assertThat(page.getByTestId("expert-profile-form")).isVisible();
        page.getByTestId("ep-headline").fill("Consultora de " + skill);
        page.getByTestId("ep-bio").fill("Diez años resolviendo problemas de " + skill + ".");
        page.getByTestId("ep-skill-input").fill(skill);
        page.getByTestId("ep-skill-input").press("Enter");
        page.getByTestId("ep-category-programming").check();
        page.getByTestId("ep-language-es").check();
        page.getByTestId("ep-timezone").selectOption("Europe/Madrid");
        page.getByTestId("ep-currency").selectOption("EUR");
        page.getByTestId("ep-offer-chat").check();
        page.getByTestId("ep-rate-chat").fill("1.25");
        page.getByTestId("ep-available").check();
        page.getByTestId("ep-save").click();
        assertThat(page.getByTestId("ep-saved")).isVisible();
        assertThat(page.getByTestId("ep-status")).hasAttribute("data-status", "PENDING");
        Browser.screenshot(page, "onboarding-profile-editor");
        assertThat(CatalogueIT.search("q=" + skill).getInt("total")).isZero();

        BrowserContext adminContext = browser.newContext("en-US");
        try {
            Page admin = adminContext.newPage();
            signInAsAdmin(admin);
            admin.navigate("/admin/experts");
            var row = admin.locator("[data-testid=admin-expert-row][data-id='" + expert.userId() + "']");
            assertThat(row).isVisible();
            row.getByTestId("admin-expert-verify").click();
            admin.getByTestId("confirm-dialog-confirm").click();
            assertThat(admin.getByTestId("admin-experts-feedback")).isVisible();
            Browser.screenshot(admin, "onboarding-admin-verification");
        } finally {
            adminContext.close();
        }

        JsonObject found = CatalogueIT.search("q=" + skill);
        assertThat(found.getInt("total")).isEqualTo(1);
        JsonObject card = found.getJsonArray("items").getJsonObject(0);
        assertThat(card.getString("id")).isEqualTo(expert.userId());
        // 1.25 typed in euros is stored exactly as 125 cents.
        assertThat(card.getJsonObject("rates").getJsonNumber("CHAT").longValue()).isEqualTo(125);
        page.reload();
        assertThat(page.getByTestId("ep-status")).hasAttribute("data-status", "VERIFIED");
    }
}
