package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * After a review (written over the API), in the browser: the expert replies on their page, an
 * administrator hides the review with a reason, and visitors no longer see it.
 */
class ReviewJourneyIT extends BrowserTest {

    @Test
    void theExpertRepliesAndAnAdministratorHidesTheReview() {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        String sessionId;
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            sessionId = LiveSessions.active(client, expert, "CHAT");
            org.assertj.core.api.Assertions.assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> reviewed = CatalogueIT.send(client, "POST", "/api/sessions/" + sessionId + "/review",
                "{\"rating\":2,\"comment\":\"Slow to answer.\"}");
        org.assertj.core.api.Assertions.assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);

        // The expert answers on their own page.
        signIn(page, expert.email(), Accounts.PASSWORD);
        page.navigate("/experts/" + expert.userId());
        Locator review = page.getByTestId("review-item");
        assertThat(review).hasAttribute("data-rating", "2");
        // The expert's own connection makes them ONLINE, which the page shows (and re-reads): reply after that,
        // so the form is not replaced under the click.
        assertThat(page.getByTestId("expert-presence")).hasAttribute("data-presence", "ONLINE");
        review.getByTestId("review-item-reply-text").fill("Sorry, my network was down. Next one is on me.");
        review.getByTestId("review-item-reply-submit").click();
        assertThat(review.getByTestId("review-item-reply")).containsText("Next one is on me.",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(review.getByTestId("review-item-reply-text")).hasCount(0);
        Browser.screenshot(page, "review-expert-reply");

        // An administrator hides it, saying why.
        BrowserContext adminContext = browser.newContext("en-US");
        try {
            Page admin = adminContext.newPage();
            signInAsAdmin(admin);
            admin.navigate("/experts/" + expert.userId());
            Locator moderated = admin.getByTestId("review-item");
            moderated.getByTestId("review-item-hide").click();
            admin.getByTestId("review-moderation-reason").fill("Contains personal details");
            admin.getByTestId("confirm-dialog-confirm").click();
            assertThat(moderated).hasAttribute("data-hidden", "true");
            assertThat(moderated.getByTestId("review-item-restore")).isVisible();
            Browser.screenshot(admin, "review-admin-hidden");
        } finally {
            adminContext.close();
        }

        // A visitor no longer sees it, and the rating is back to none.
        BrowserContext visitorContext = browser.newContext("en-US");
        try {
            Page visitor = visitorContext.newPage();
            visitor.navigate("/experts/" + expert.userId());
            assertThat(visitor.getByTestId("reviews-empty")).isVisible();
            assertThat(visitor.getByTestId("review-item")).hasCount(0);
        } finally {
            visitorContext.close();
        }
    }

}
