package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Two people, two browser contexts, fake camera and microphone: a client finds an expert and asks for
 * a video session, the expert accepts from the incoming-request dialog, they chat, the call connects
 * both ways with the remote video playing, the cost meter runs, and the client ends it; both see the
 * receipt, and the client's review (full of markup, shown as text) then appears on the expert's page.
 */
class LiveSessionJourneyIT extends BrowserTest {

    private static final double CALL_TIMEOUT_MS = 30_000;
    /** A comment that would run script and render markup if the web app ever treated it as HTML. */
    private static final String REVIEW = "Solved in minutes! <script>window.__pwned = 1</script>"
            + "<img src=x onerror=\"window.__pwned = 1\"> <b>five stars</b>";

    @Test
    void aVideoConsultationFromSearchToTheEnd() {
        String word = CatalogueIT.uniqueWord();
        Accounts.Session expert = LiveSessions.expert(word);
        Accounts.Session client = LiveSessions.client();

        BrowserContext expertContext = browser.newContext("en-US");
        try {
            Page expertPage = expertContext.newPage();
            fromSearchToReceipt(page, expertPage, expert, client, word, "live");

            // The client rates the session; the review shows on the expert's page, its markup as plain text.
            page.getByTestId("review-star-5").click();
            page.getByTestId("review-comment").fill(REVIEW);
            page.getByTestId("review-submit").click();
            assertThat(page.getByTestId("review-mine")).hasAttribute("data-rating", "5");
            assertThat(page.getByTestId("review-mine-comment")).hasText(REVIEW);
            expertPage.reload();
            assertThat(expertPage.getByTestId("review-received")).containsText("<b>five stars</b>");
            page.navigate("/experts/" + expert.userId());
            Locator review = page.getByTestId("review-item");
            assertThat(review).hasCount(1);
            assertThat(review).hasAttribute("data-rating", "5");
            assertThat(review.getByTestId("review-item-comment")).hasText(REVIEW);
            assertThat(review.locator("script, img, b")).hasCount(0);
            assertThat(page.getByTestId("reviews-count")).containsText("1");
            assertThat(page.getByTestId("reviews-average")).hasAttribute("data-average", Pattern.compile("^5(\\.0+)?$"));
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__pwned === undefined"))
                    .as("nothing in the comment ran").isEqualTo(true);
            Browser.screenshot(page, "live-review-on-expert-page");
            Browser.screenshot(page, "live-ended-client");
            Browser.screenshot(expertPage, "live-ended-expert");
        } finally {
            expertContext.close();
        }
    }

    /**
     * The video consultation up to its receipt, shared with {@link ClusterVideoJourneyIT}: both sign in, the
     * client finds the expert online and asks for a video session, the expert accepts from the incoming-request
     * dialog, then {@link #chatCallAndEnd}. Screenshots are named {@code <shots>-…}.
     */
    static void fromSearchToReceipt(Page page, Page expertPage, Accounts.Session expert, Accounts.Session client,
                                    String word, String shots) {
        signIn(expertPage, expert.email(), Accounts.PASSWORD);
        signIn(page, client.email(), Accounts.PASSWORD);
        requestAndAccept(page, expertPage, client, word, shots);
        chatCallAndEnd(page, expertPage, client, shots);
    }

    private static void requestAndAccept(Page page, Page expertPage, Accounts.Session client, String word, String shots) {
        // The client finds the expert, who is online because their browser is connected.
        page.navigate("/experts?q=" + word);
        Locator card = page.getByTestId("expert-card").first();
        assertThat(card.locator("[data-presence]")).hasAttribute("data-presence", "ONLINE");
        card.getByTestId("expert-card-name").click();
        assertThat(page.getByTestId("expert-presence")).hasAttribute("data-presence", "ONLINE");
        page.getByTestId("expert-start-video").click();

        assertThat(page).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
        Locator clientRoom = page.getByTestId("session-room");
        assertThat(clientRoom).hasAttribute("data-state", "REQUESTED");
        assertThat(page.getByTestId("session-cancel")).isVisible();

        // The expert, on whatever page, gets the request and accepts it.
        Locator incoming = expertPage.getByTestId("incoming-request");
        assertThat(incoming).isVisible();
        assertThat(incoming).containsText(clientName(client));
        assertThat(expertPage.getByTestId("incoming-countdown")).isVisible();
        Browser.screenshot(expertPage, shots + "-incoming-request");
        expertPage.getByTestId("incoming-accept").click();
        assertThat(expertPage).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
        Locator expertRoom = expertPage.getByTestId("session-room");
        assertThat(expertRoom).hasAttribute("data-state", "ACTIVE");
        assertThat(clientRoom).hasAttribute("data-state", "ACTIVE");
        assertThat(page.getByTestId("session-elapsed")).isVisible();
    }

    /**
     * From an accepted session to its receipt, as both people see it: they chat both ways (text shown as
     * written, never as markup), the call connects both ways with the other side's video playing, the cost
     * meter moves on both sides, the client ends, and both see it ended and the receipt. Screenshots of the
     * room are named {@code <shots>-room-client} and {@code <shots>-room-expert}.
     */
    private static void chatCallAndEnd(Page page, Page expertPage, Accounts.Session client, String shots) {
        // Chat both ways; text is shown as written, never as markup.
        String hello = "Hello! My <b>pods</b> keep restarting";
        page.getByTestId("chat-input").fill(hello);
        page.getByTestId("chat-send").click();
        assertThat(expertPage.getByTestId("chat-message").last()).containsText(hello);
        assertThat(expertPage.locator("[data-testid=chat-message] b")).hasCount(0);
        expertPage.getByTestId("chat-input").fill("Let's look at it together on video.");
        expertPage.getByTestId("chat-input").press("Enter");
        assertThat(page.getByTestId("chat-message").last()).containsText("together on video");
        assertThat(page.getByTestId("chat-message")).hasCount(2);

        // The call connects both ways and the meter moves; the client ends; both see the receipt.
        callConnectsAndMeterRuns(page, expertPage);
        Browser.screenshot(page, shots + "-room-client");
        Browser.screenshot(expertPage, shots + "-room-expert");
        clientEndsAndBothSeeTheReceipt(page, expertPage, client);
    }

    /** The call connects both ways, the other side's video plays, and the cost meter moves on both sides. */
    private static void callConnectsAndMeterRuns(Page page, Page expertPage) {
        assertThat(page.getByTestId("call-state")).hasAttribute("data-state", "connected",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(CALL_TIMEOUT_MS));
        assertThat(expertPage.getByTestId("call-state")).hasAttribute("data-state", "connected",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(CALL_TIMEOUT_MS));
        awaitRemoteVideoPlaying(page);
        awaitRemoteVideoPlaying(expertPage);

        // The cost meter moves on both sides (a unit lasts a few seconds in the tests; the first is free).
        Locator clientMeter = page.getByTestId("cost-meter");
        assertThat(clientMeter).isVisible();
        assertThat(expertPage.getByTestId("cost-meter")).isVisible();
        int minutesSeen = Integer.parseInt(clientMeter.getAttribute("data-minutes"));
        awaitMeter(page, "minutes", minutesSeen);
        awaitMeter(page, "cost", 0);
        awaitMeter(expertPage, "cost", 0);
    }

    /** The client ends the session; both see it ended, with the receipt of the settled session. */
    private static void clientEndsAndBothSeeTheReceipt(Page page, Page expertPage, Accounts.Session client) {
        page.getByTestId("session-end").click();
        page.getByTestId("session-end-confirm").click();
        assertThat(page.getByTestId("session-ended")).hasAttribute("data-reason", "CLIENT");
        assertThat(expertPage.getByTestId("session-ended")).hasAttribute("data-reason", "CLIENT");
        assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ENDED");
        assertThat(expertPage.getByTestId("session-room")).hasAttribute("data-state", "ENDED");
        // the history stays readable
        assertThat(expertPage.getByTestId("chat-message")).hasCount(2);

        // Both see the receipt of the settled session: the client what they paid, the expert also the earning.
        String sessionId = page.url().replaceAll(".*/sessions/", "");
        var receipt = Billing.receipt(client, sessionId);
        assertThat(page.getByTestId("receipt")).hasAttribute("data-total", String.valueOf(receipt.getJsonNumber("total").longValue()));
        assertThat(expertPage.getByTestId("receipt")).hasAttribute("data-total", String.valueOf(receipt.getJsonNumber("total").longValue()));
        assertThat(page.getByTestId("receipt-minutes")).hasText(String.valueOf(receipt.getJsonNumber("unitsBilled").longValue()));
        assertThat(page.getByTestId("receipt-earning")).hasCount(0);
        assertThat(expertPage.getByTestId("receipt-earning")).isVisible();
    }

    private static String clientName(Accounts.Session client) {
        return ItServer.json(client.get("/api/me")).getString("displayName");
    }

    /** Waits until the room's cost meter shows more than {@code than} in its {@code data-<figure>}. */
    private static void awaitMeter(Page page, String figure, int than) {
        page.waitForFunction("([figure, than]) => { const m = document.querySelector('[data-testid=cost-meter]');"
                        + " return !!m && Number(m.getAttribute('data-' + figure)) > than; }",
                java.util.List.of(figure, than),
                // a deadline, not an expectation: generous for a loaded machine
                new Page.WaitForFunctionOptions().setTimeout(Math.max(Billing.UNIT.multipliedBy(4).toMillis(), 30_000)));
    }

    private static void awaitRemoteVideoPlaying(Page page) {
        page.waitForFunction("() => { const v = document.querySelector('[data-testid=call-remote-video]');"
                        + " return !!v && v.readyState >= 2 && !v.paused && v.videoWidth > 0; }", null,
                new Page.WaitForFunctionOptions().setTimeout(CALL_TIMEOUT_MS));
    }
}
