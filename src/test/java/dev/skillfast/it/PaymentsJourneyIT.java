package dev.skillfast.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Money in and out, in the browser: a client without funds is stopped by the 402, adds funds through
 * the DEMO provider's page, or Stripe Checkout (the tests' fake), and comes back to start the chat; an expert asks for a MANUAL payout that
 * an administrator approves; an administrator refunds part of a top-up, which the client's wallet
 * shows as money held off the wallet.
 */
class PaymentsJourneyIT extends BrowserTest {

    private static final String REFUND_REASON = "Goodwill: the first call dropped";

    @Test
    void aClientWithoutFundsAddsThemThroughTheDemoPageAndStartsTheChat() {
        addFundsFromTheExpertPageAndStartTheChat("DEMO", (topupId, amount) -> {
            // The DEMO provider's page: clearly no real money; paying leads to the return page.
            assertThat(page).hasURL(Pattern.compile(".*/wallet/topups/" + topupId + "/demo-pay$"));
            assertThat(page.getByTestId("demo-pay-banner")).hasText("Demo payment — no real money");
            assertThat(page.getByTestId("demo-pay-amount")).hasAttribute("data-amount", String.valueOf(amount));
            Browser.screenshot(page, "payments-demo-page");
            page.getByTestId("demo-pay-pay").click();
        });
    }

    /**
     * Stripe Checkout against the fake: the browser leaves for the fake's hosted page, which pays (telling the
     * server with a signed checkout.session.completed, as Stripe does) and sends it back to the success URL.
     * Stripe may deliver an event more than once: the test delivers it again, and the wallet is credited once.
     */
    @Test
    void aClientWithoutFundsAddsThemThroughStripeCheckoutAndStartsTheChat() {
        StripeFake.server();
        addFundsFromTheExpertPageAndStartTheChat("STRIPE", (topupId, amount) -> {
            StripeFakeApi.FakeSession session = StripeFake.sessionOf(topupId)
                    .orElseThrow(() -> new AssertionError("no Checkout Session at the fake for " + topupId));
            org.assertj.core.api.Assertions.assertThat(session.amount).isEqualTo(amount);
            org.assertj.core.api.Assertions.assertThat(session.status).as("paid on the hosted page").isEqualTo("complete");
            org.assertj.core.api.Assertions.assertThat(StripeFake.server().findAll(
                    getRequestedFor(urlPathEqualTo("/pay/" + session.id)))).as("the browser on the hosted page").hasSize(1);
            HttpResponse<String> again = StripeFake.deliver(StripeFake.completed(session));
            org.assertj.core.api.Assertions.assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        });
    }

    /**
     * A client with no money opens an online expert's page, starts a chat, gets the 402, adds what is missing
     * (at least the provider's minimum) with {@code provider}, pays ({@code pay}, given the top-up's id and
     * amount, on the provider's side), sees the return page say it succeeded, goes back to the expert and starts the chat.
     */
    private void addFundsFromTheExpertPageAndStartTheChat(String provider, BiConsumer<String, Long> pay) {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String expertName = "Dr. Ada " + CatalogueIT.uniqueWord();
        rename(expert, expertName);
        long minimum = provider(provider).getJsonNumber("minAmount").longValue();
        String shots = "payments-" + provider.toLowerCase();

        try (LiveClient expertLine = LiveClient.connect(expert)) {
            signIn(page, client.email(), Accounts.PASSWORD);
            page.navigate("/experts/" + expert.userId());
            assertThat(page.getByTestId("expert-presence")).hasAttribute("data-presence", "ONLINE");
            page.getByTestId("expert-start-chat").click();

            // No money: the 402 notice says what is missing and offers to add funds.
            Locator funds = page.getByTestId("expert-start-funds");
            assertThat(funds).isVisible();
            assertThat(funds).hasAttribute("data-currency", "EUR");
            long missing = Long.parseLong(funds.getAttribute("data-missing"));
            org.assertj.core.api.Assertions.assertThat(missing).as("missing amount").isPositive();
            Browser.screenshot(page, shots + "-402-notice");
            page.getByTestId("expert-start-add-funds").click();

            // The missing amount, raised to the provider's minimum, is filled in.
            long amount = Math.max(missing, minimum);
            assertThat(page.getByTestId("add-funds-form")).isVisible();
            page.getByTestId("add-funds-provider-" + provider.toLowerCase()).check();
            assertThat(page.getByTestId("add-funds-amount")).hasValue(major(amount));
            assertThat(page.getByTestId("add-funds-return-note")).containsText(expertName);
            Browser.screenshot(page, shots + "-add-funds");
            page.getByTestId("add-funds-submit").click();
            // the provider's page, or the return page it already sent the browser back to
            page.waitForURL(Pattern.compile(".*/wallet/topups/[A-Za-z0-9-]+/(demo-pay|return\\?result=success)$"));
            String topupId = page.url().replaceAll(".*/wallet/topups/([^/]+)/.*", "$1");
            pay.accept(topupId, amount);

            assertThat(page).hasURL(Pattern.compile(".*/wallet/topups/" + topupId + "/return\\?result=success$"));
            Locator returned = page.getByTestId("topup-return");
            assertThat(returned).hasAttribute("data-view", "settled");
            assertThat(returned).hasAttribute("data-status", "SUCCEEDED");
            assertThat(page.getByTestId("topup-return-succeeded")).hasAttribute("data-amount", String.valueOf(amount));
            Locator back = page.getByTestId("topup-return-back");
            assertThat(back).hasText("Back to " + expertName);
            Browser.screenshot(page, shots + "-return-succeeded");
            JsonObject topup = Payments.get(client, topupId);
            org.assertj.core.api.Assertions.assertThat(topup.getString("provider")).isEqualTo(provider);
            org.assertj.core.api.Assertions.assertThat(topup.getString("status")).isEqualTo("SUCCEEDED");
            org.assertj.core.api.Assertions.assertThat(Billing.balance(client)).isEqualTo(amount);
            org.assertj.core.api.Assertions.assertThat(ItServer.json(client.get("/api/wallet/transactions?type=TOPUP"))
                    .getJsonArray("items")).hasSize(1);

            // Back on the expert's page, the chat starts this time.
            back.click();
            assertThat(page).hasURL(Pattern.compile(".*/experts/" + expert.userId() + "$"));
            page.getByTestId("expert-start-chat").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions/[A-Za-z0-9-]+$"));
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "REQUESTED");
            Browser.screenshot(page, shots + "-chat-requested");
            String sessionId = page.url().replaceAll(".*/sessions/", "");
            org.assertj.core.api.Assertions.assertThat(LiveSessions.act(client, sessionId, "cancel").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void anExpertRequestsAManualPayoutThatAnAdministratorApproves() {
        Accounts.Session client = LiveSessions.client(10_000);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord(), "{\"CHAT\":500}", true);
        Payments.spend(client, expert);
        long available = ItServer.json(expert.get("/api/earnings")).getJsonNumber("available").longValue();
        long payout = 300;
        org.assertj.core.api.Assertions.assertThat(available).as("earnings above the minimum and the payout")
                .isGreaterThanOrEqualTo(payout + 100);

        signIn(page, expert.email(), Accounts.PASSWORD);
        page.getByTestId("user-menu").click();
        page.getByTestId("nav-payouts").click();
        assertThat(page.getByTestId("payouts-available")).hasAttribute("data-amount", String.valueOf(available));
        assertThat(page.getByTestId("payout-minimum")).hasAttribute("data-minimum", "100");
        page.getByTestId("payout-amount").fill(major(payout));
        page.getByTestId("payout-method-manual").check();
        page.getByTestId("payout-submit").click();
        Locator done = page.getByTestId("payout-done");
        assertThat(done).isVisible();
        String payoutId = done.getAttribute("data-id");
        Locator row = page.locator("[data-testid=payout-row][data-id='" + payoutId + "']");
        assertThat(row).hasAttribute("data-status", "REQUESTED");
        assertThat(row).hasAttribute("data-method", "MANUAL");
        assertThat(row).hasAttribute("data-amount", String.valueOf(payout));
        assertThat(page.getByTestId("payouts-available")).hasAttribute("data-amount", String.valueOf(available - payout));
        assertThat(page.getByTestId("payouts-pending")).hasAttribute("data-amount", String.valueOf(payout));
        Browser.screenshot(page, "payments-payout-requested");

        approveAsAdministrator(payoutId, expert.userId());

        page.reload();
        assertThat(row).hasAttribute("data-status", "PAID");
        assertThat(row).containsText("payroll-2026-12");
        assertThat(page.getByTestId("payouts-available")).hasAttribute("data-amount", String.valueOf(available - payout));
        assertThat(page.getByTestId("payouts-pending")).hasAttribute("data-amount", "0");
        Browser.screenshot(page, "payments-payout-paid");
        org.assertj.core.api.Assertions.assertThat(ItServer.json(expert.get("/api/earnings"))
                .getJsonNumber("available").longValue()).isEqualTo(available - payout);
    }

    @Test
    void anAdministratorRefundsPartOfATopUpAndTheClientSeesTheHold() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        long paid = 2_000;
        long refund = 750;
        String topupId = Payments.paidDemoTopup(client, paid).getString("id");

        BrowserContext adminContext = browser.newContext("en-US");
        try {
            Page admin = adminContext.newPage();
            signInAsAdmin(admin);
            admin.getByTestId("nav-admin-topups").click();
            assertThat(admin.getByTestId("admin-topups-page")).isVisible();
            admin.getByTestId("admin-topups-status").selectOption("SUCCEEDED");
            Locator row = admin.locator("[data-testid=admin-topup-row][data-id='" + topupId + "']");
            assertThat(row).hasAttribute("data-status", "SUCCEEDED");
            Browser.screenshot(admin, "payments-admin-topups");
            row.getByTestId("admin-topup-open").click();

            assertThat(admin.getByTestId("admin-topup-user")).hasAttribute("data-user-id", client.userId());
            assertThat(admin.getByTestId("admin-topup-refundable")).hasAttribute("data-amount", String.valueOf(paid));
            admin.getByTestId("refund-amount").fill(major(refund));
            admin.getByTestId("refund-reason").fill(REFUND_REASON);
            admin.getByTestId("refund-submit").click();
            assertThat(admin.getByTestId("admin-topup-feedback")).isVisible();
            assertThat(admin.getByTestId("admin-topup-status")).hasAttribute("data-status", "PARTIALLY_REFUNDED");
            assertThat(admin.getByTestId("admin-topup-refunded")).hasAttribute("data-amount", String.valueOf(refund));
            assertThat(admin.getByTestId("admin-topup-refundable"))
                    .hasAttribute("data-amount", String.valueOf(paid - refund));
            Locator refundRow = admin.getByTestId("admin-refund-row");
            assertThat(refundRow).hasCount(1);
            assertThat(refundRow).hasAttribute("data-status", "SUCCEEDED"); // the DEMO provider refunds at once
            assertThat(refundRow).containsText(REFUND_REASON);
            Browser.screenshot(admin, "payments-admin-refunded");
        } finally {
            adminContext.close();
        }

        // The wallet: the top-up in, the refund's HOLD out. The REFUND entry moves the held money from the
        // platform to the provider and never touches the wallet, so the statement shows no REFUND row.
        signIn(page, client.email(), Accounts.PASSWORD);
        page.getByTestId("user-menu").click();
        page.getByTestId("nav-wallet").click();
        assertThat(page.getByTestId("wallet-balance")).hasAttribute("data-amount", String.valueOf(paid - refund));
        Locator rows = page.getByTestId("wallet-tx-row");
        assertThat(rows).hasCount(2);
        assertThat(page.locator("[data-testid=wallet-tx-row][data-type=TOPUP]")).hasAttribute("data-amount",
                String.valueOf(paid));
        Locator hold = page.locator("[data-testid=wallet-tx-row][data-type=HOLD]");
        assertThat(hold).hasAttribute("data-amount", String.valueOf(-refund));
        assertThat(hold).containsText(REFUND_REASON);
        assertThat(page.locator("[data-testid=wallet-tx-row][data-type=REFUND]")).hasCount(0);
        Browser.screenshot(page, "payments-wallet-after-refund");
        page.getByTestId("wallet-tab-topups").click();
        Locator topup = page.locator("[data-testid=topup-row][data-id='" + topupId + "']");
        assertThat(topup).hasAttribute("data-status", "PARTIALLY_REFUNDED");
        Browser.screenshot(page, "payments-topups-after-refund");
        org.assertj.core.api.Assertions.assertThat(Payments.get(client, topupId).getString("status"))
                .isEqualTo("PARTIALLY_REFUNDED");
        org.assertj.core.api.Assertions.assertThat(Billing.balance(client)).isEqualTo(paid - refund);
        Payments.assertBooksClean();
    }

    /** An administrator, in a browser of their own, approves the payout with a reference from the queue. */
    private void approveAsAdministrator(String payoutId, String expertId) {
        BrowserContext adminContext = browser.newContext("en-US");
        try {
            Page admin = adminContext.newPage();
            signInAsAdmin(admin);
            admin.getByTestId("nav-admin-payouts").click();
            assertThat(admin.getByTestId("admin-payouts-tab-requested")).hasAttribute("aria-current", "page");
            Locator row = admin.locator("[data-testid=admin-payout-row][data-id='" + payoutId + "']");
            assertThat(row).hasAttribute("data-status", "REQUESTED");
            assertThat(row).hasAttribute("data-expert-id", expertId);
            row.getByTestId("admin-payout-approve").click();
            admin.getByTestId("admin-payout-reference").fill("payroll-2026-12");
            Browser.screenshot(admin, "payments-admin-approve");
            admin.getByTestId("confirm-dialog-confirm").click();
            assertThat(admin.getByTestId("admin-payouts-feedback")).isVisible();
            assertThat(row).hasCount(0); // no longer waiting
            Browser.screenshot(admin, "payments-admin-approved");
        } finally {
            adminContext.close();
        }
    }

    /** The provider as GET /api/payments/providers lists it (with its limits). */
    private static JsonObject provider(String id) {
        HttpResponse<String> providers = ItServer.get("/api/payments/providers");
        org.assertj.core.api.Assertions.assertThat(providers.statusCode()).isEqualTo(200);
        return ItServer.json(providers).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not configured on the test server"));
    }

    private static void rename(Accounts.Session who, String displayName) {
        HttpResponse<String> renamed = CatalogueIT.send(who, "PATCH", "/api/me",
                jakarta.json.Json.createObjectBuilder().add("displayName", displayName).build().toString());
        org.assertj.core.api.Assertions.assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    }

    /** Minor units of EUR as typed in a form: 750 → "7.50". */
    private static String major(long minor) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", minor / 100, minor % 100);
    }
}
