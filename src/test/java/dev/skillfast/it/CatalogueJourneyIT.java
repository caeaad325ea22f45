package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A visitor finds an expert: landing page, search, category filter, expert page, sign-in to consult. */
class CatalogueJourneyIT extends BrowserTest {

    @Test
    void searchFilterByCategoryAndOpenAnExpert() {
        // The landing page features experts online now: a demo expert has the app open.
        try (LiveClient lucia = LiveClient.connect(Accounts.signIn("lucia.fernandez@demo.skillfast.local", "demo-expert-2026"))) {
            page.navigate("/");
            assertThat(page.locator("[data-testid=landing-category][data-slug=programming]")).isVisible();
            assertThat(page.locator("[data-testid=featured-expert]:has-text('Lucía Fernández')")).isVisible();
            assertThat(page.getByTestId("featured-expert").first().locator("[data-presence]"))
                    .hasAttribute("data-presence", "ONLINE");
            Browser.screenshot(page, "catalogue-landing");
        }

        page.getByTestId("landing-search").fill("kubernetes");
        page.getByTestId("landing-search-submit").click();
        assertThat(page.getByTestId("experts-page")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/experts\\?.*q=kubernetes.*"));
        assertThat(page.getByTestId("expert-card").first()).isVisible();

        long expected = ItServer.json(ItServer.get("/api/experts?q=kubernetes&category=cloud-devops")).getInt("total");
        page.getByTestId("filter-category").selectOption("cloud-devops");
        assertThat(page).hasURL(Pattern.compile(".*category=cloud-devops.*"));
        assertThat(page.getByTestId("expert-card")).hasCount((int) Math.min(expected, 12));
        assertThat(page.getByTestId("experts-total")).containsText(String.valueOf(expected));
        Browser.screenshot(page, "catalogue-search");

        // The filters live in the URL: a reload keeps them.
        page.reload();
        assertThat(page.getByTestId("expert-card")).hasCount((int) Math.min(expected, 12));

        String name = page.getByTestId("expert-card").first().getByTestId("expert-card-name").innerText().trim();
        page.getByTestId("expert-card").first().getByTestId("expert-card-name").click();
        assertThat(page.getByTestId("expert-page")).isVisible();
        assertThat(page.getByTestId("expert-name")).hasText(name);
        assertThat(page.getByTestId("expert-rates")).isVisible();
        Browser.screenshot(page, "catalogue-expert");

        page.reload();
        assertThat(page.getByTestId("expert-name")).hasText(name);
        page.getByTestId("expert-start-chat").click();
        assertThat(page.getByTestId("login-form")).isVisible();
    }

    @Test
    void anUnknownExpertIsAFriendlyNotFound() {
        page.navigate("/experts/no-such-expert");
        assertThat(page.getByTestId("expert-not-found")).isVisible();
    }
}
