package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.skillfast.it.LiveSessionJourneyIT.fromSearchToReceipt;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The video consultation of {@link LiveSessionJourneyIT} with its two people on different servers of a
 * cluster ({@link ClusterNodes}, shared through {@link SharedCluster}): the client's browser talks to node A,
 * the expert's to node B. The client finds the expert online, asks for a video session, the expert accepts,
 * they chat, the call connects both ways, the meter runs, the client ends it, both see the receipt, and the
 * client's review shows on the expert's side.
 */
class ClusterVideoJourneyIT extends BrowserTest {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster();

    /** {@link #page}, the client's, on node A. */
    @Override
    protected URI base() {
        return CLUSTER.nodes().a();
    }

    @Test
    void aVideoConsultationWithTheClientOnOneNodeAndTheExpertOnTheOther() {
        ClusterNodes nodes = CLUSTER.nodes();
        Accounts.Session admin = Accounts.admin(nodes.a());
        String word = CatalogueIT.uniqueWord();
        Accounts.Session expert = LiveSessions.expert(admin, word);
        Accounts.Session client = LiveSessions.client(admin, 100_000);

        BrowserContext expertContext = browser.newContext("en-US", nodes.b());
        try {
            Page expertPage = expertContext.newPage();
            // As on one server: the client (node A) finds the expert (node B) online and asks for a video
            // session, the expert accepts, they chat, the call connects (its signalling crosses the nodes, the
            // media goes browser to browser), the meter moves on both sides (billing runs on one node), the
            // client ends and both see the receipt.
            fromSearchToReceipt(page, expertPage, expert, client, word, "cluster");

            // The client's review, written on node A, shows on node B.
            page.getByTestId("review-star-5").click();
            page.getByTestId("review-comment").fill("Solved across two servers.");
            page.getByTestId("review-submit").click();
            assertThat(page.getByTestId("review-mine")).hasAttribute("data-rating", "5");
            expertPage.reload();
            assertThat(expertPage.getByTestId("review-received")).containsText("Solved across two servers.");
        } finally {
            expertContext.close();
        }
    }
}
