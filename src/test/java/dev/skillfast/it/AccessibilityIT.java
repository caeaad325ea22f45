package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Every page of the web app, as the role that sees it, in Spanish and English, at desktop (1280×800)
 * and phone (390×844) width: axe-core finds no serious or critical violation and the page does not
 * scroll sideways; the header stays on one line at 1280 and 1024 px and collapses into a menu button
 * on phones; dark colour scheme too, at desktop width in English. Besides the routes, the states a
 * person meets on them: the phone menu open, a session room waiting, active (with its end
 * confirmation), ended (with the review form, the review, the expert's reply form), the expert's
 * incoming-request card, the admins' grant form and confirmation dialog; the payment pages (add funds,
 * the DEMO payment page, the return page of a paid top-up, the top-ups, the expert's payouts, the
 * admins' top-ups, a top-up's detail with its refund form, the payout queue and its approval dialog).
 * Every problem found is
 * listed in the failure; screenshots of each page and width (in Spanish) go to target/screenshots
 * ({@code a11y-<role>-<page>-<width>.png}).
 */
class AccessibilityIT extends BrowserTest {

    private static final int[] DESKTOP = {1280, 800};
    private static final int[] NARROW_DESKTOP = {1024, 768};
    private static final int[] PHONE = {390, 844};
    /** The header's "About" link in each language: seen once a language switch has rendered. */
    private static final Map<String, String> ABOUT = Map.of("es", "Acerca de", "en", "About");

    /** The header's links and buttons all sit on one line (their vertical centres within 4 px). */
    private static final String HEADER_ON_ONE_LINE = """
            () => {
              const bar = document.querySelector('[data-testid=header-bar]');
              const items = [...bar.querySelectorAll('a, button')]
                .filter((e) => e.getClientRects().length > 0 && !e.closest('[data-header-popup]'))
                .map((e) => { const r = e.getBoundingClientRect();
                  return { name: (e.textContent || e.getAttribute('aria-label') || '').trim(), centre: r.top + r.height / 2 }; });
              const centres = items.map((i) => i.centre);
              if (Math.max(...centres) - Math.min(...centres) <= 4) {
                return null;
              }
              return 'header on more than one line: ' + items.map((i) => `${i.name} @${Math.round(i.centre)}`).join(', ');
            }""";

    private static Accounts.Session expert;
    private static Accounts.Session client;
    private static Accounts.Session admin;
    private static String endedSession;
    private static String pendingTopup;
    private static String paidTopup;
    private static String centre;
    private static Accounts.Session colleague;

    private final List<String> problems = new ArrayList<>();
    private String role;

    /**
     * A client, an expert and an administrator with long names and a long e-mail address (long words
     * must wrap, never push a page sideways), and an ended session with chat and a review between the
     * first two; a DEMO top-up waiting to be paid and one paid, and a MANUAL payout of what the expert
     * earned in a short paid session, waiting for an administrator.
     */
    @BeforeAll
    static void createAccountsAndAnEndedSession() {
        String word = CatalogueIT.uniqueWord();
        client = register("maximiliano.fernandez-villaverde." + word + "@consultoria-internacional.example.com",
                "CLIENT", "Maximiliano Fernández-Villaverde de la Concepción");
        LiveSessions.grant(client.userId(), 100_000);
        expert = LiveSessions.expert(word);
        rename(expert, "Alexandrina Papadopoulou-Oyelaran");
        Accounts.Session future = Accounts.newUser("CLIENT");
        rename(future, "Administración de la plataforma");
        HttpResponse<String> promoted = CatalogueIT.send(Accounts.cachedAdmin(), "PATCH",
                "/api/admin/users/" + future.userId(), "{\"role\":\"ADMIN\"}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        admin = future; // its token is out of date now: the browser signs in afresh
        String link = "https://ci.example.com/pipelines/2026/deployments/production-eu-west-1/runs/8841273/logs?step=helm-upgrade";
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            endedSession = LiveSessions.active(client, expert, "CHAT");
            clientLine.send(LiveSessions.chat("a11y-1", endedSession, "Hello! My deployment fails every Monday: " + link));
            expertLine.await("chat.message");
            expertLine.send(LiveSessions.chat("a11y-2", endedSession, "Let us look at the pipeline logs together."));
            expertLine.await("chat.message", m -> "a11y-2".equals(m.getString("replyTo", null)));
            assertThat(LiveSessions.act(client, endedSession, "end").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> reviewed = CatalogueIT.send(client, "POST", "/api/sessions/" + endedSession + "/review",
                "{\"rating\":4,\"comment\":\"Clear explanations, solved in one session. The fix: " + link + "\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
        pendingTopup = Payments.topup(client, "DEMO", 2_500).getString("id");
        paidTopup = Payments.paidDemoTopup(client, 1_500).getString("id");
        Payments.spend(client, expert);
        HttpResponse<String> payout = Payments.post(expert, "/api/payouts", "{\"amount\":100,\"method\":\"MANUAL\"}");
        assertThat(payout.statusCode()).as(payout.body()).isEqualTo(201);
        // a cost centre the client charges and approves for; another member asks it for approvals
        colleague = LiveSessions.client(0);
        rename(colleague, "Bartholomew Featherstonehaugh-Worthington");
        centre = CostCentres.create(250_000, 500L, List.of(client.userId()), client, colleague);
    }

    private static Accounts.Session register(String email, String role, String displayName) {
        HttpResponse<String> registered = Accounts.postJson("/api/auth/register", jakarta.json.Json.createObjectBuilder()
                .add("email", email).add("password", Accounts.PASSWORD).add("displayName", displayName)
                .add("role", role).build().toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return Accounts.signIn(email, Accounts.PASSWORD);
    }

    private static void rename(Accounts.Session who, String displayName) {
        HttpResponse<String> renamed = CatalogueIT.send(who, "PATCH", "/api/me",
                jakarta.json.Json.createObjectBuilder().add("displayName", displayName).build().toString());
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    }

    @BeforeEach
    void reduceMotion() {
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
    }

    @Test
    void everyPublicPage() {
        role = "anonymous";
        visit("landing", "/", "api-info-version");
        phoneMenu();
        visit("about", "/about", "about-title");
        visit("search", "/experts", "expert-card");
        visit("expert", "/experts/" + expert.userId(), "review-item");
        visit("login", "/login", "login-form");
        visit("register", "/register", "register-form");
        visit("sso-error", "/login?ssoError=wrong_audience", "login-sso-error");
        visit("forgot-password", "/forgot-password", "forgot-form");
        visit("reset-password", "/reset-password?token=not-a-real-token", "reset-form");
        visit("not-found", "/no/such/page", "not-found");
        visit("forbidden", "/forbidden", "forbidden");
        assertNoProblems();
    }

    @Test
    void everyClientPage() {
        role = "client";
        signIn(page, client.email(), Accounts.PASSWORD);
        visit("landing", "/", "api-info-version");
        phoneMenu();
        visit("search", "/experts", "expert-card");
        visit("expert", "/experts/" + expert.userId(), "pay-with");
        visit("profile", "/profile", "profile-display-name");
        visit("password", "/profile/password", "password-form");
        visit("sessions", "/sessions", "session-row");
        visit("room-ended", "/sessions/" + endedSession, "review-mine");
        visit("wallet", "/wallet", "wallet-tx-row");
        visit("earnings-forbidden", "/earnings", "forbidden");
        visit("add-funds", "/wallet/add-funds", "add-funds-form");
        visit("demo-pay", "/wallet/topups/" + pendingTopup + "/demo-pay", "demo-pay-pay");
        visit("topup-return", "/wallet/topups/" + paidTopup + "/return?result=success", "topup-return-succeeded");
        visit("topups", "/wallet/topups", "topup-row");
        visit("dashboard", "/dashboard", "dashboard-expert-row");
        visit("desk", "/desk", "pay-with");
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            // approvals wait 12 s on the test server: asked now, the page shows it waiting
            assertThat(CostCentres.request(colleague, expert.userId(), centre, 120, null).statusCode()).isEqualTo(202);
            visit("approvals", "/approvals", "approval-item");
        }
        visit("centre-report", "/cost-centres/" + centre + "/report", "report");
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            String live = LiveSessions.requested(client, expert.userId(), "VIDEO");
            visit("room-requested", "/sessions/" + live, "session-cancel");
            assertThat(LiveSessions.act(expert, live, "accept").statusCode()).isEqualTo(200);
            assertThat(page.getByTestId("session-room")).hasAttribute("data-state", "ACTIVE");
            audit("room-active", page.getByTestId("chat-input"));
            page.getByTestId("session-end").click();
            audit("room-end-confirm", page.getByTestId("session-end-confirm"));
            page.getByTestId("session-end-confirm").click();
            audit("room-ended-review-form", page.getByTestId("review-form"));
        }
        assertNoProblems();
    }

    @Test
    void everyExpertPage() {
        role = "expert";
        signIn(page, expert.email(), Accounts.PASSWORD);
        visit("expert-profile", "/expert/profile", "expert-profile-form");
        phoneMenu();
        visit("earnings", "/earnings", "earnings-page");
        visit("payouts", "/payouts", "payout-row");
        visit("dashboard", "/dashboard", "dashboard-week-row");
        visit("desk-queue", "/expert/desk", "desk-queue-category");
        visit("sessions", "/sessions", "session-row");
        visit("room-ended", "/sessions/" + endedSession, "review-received");
        visit("own-page", "/experts/" + expert.userId(), "review-item");
        try (LiveClient clientLine = LiveClient.connect(client)) {
            String live = LiveSessions.requested(client, expert.userId(), "CHAT");
            audit("incoming-request", page.getByTestId("incoming-accept"));
            visit("room-requested", "/sessions/" + live, "session-accept");
            page.getByTestId("session-accept").click();
            audit("room-active", page.getByTestId("chat-input"));
            assertThat(LiveSessions.act(client, live, "end").statusCode()).isEqualTo(200);
        }
        assertNoProblems();
    }

    @Test
    void everyAdminPage() {
        role = "admin";
        signIn(page, admin.email(), Accounts.PASSWORD);
        visit("users", "/admin/users", "admin-users-row");
        phoneMenu();
        Locator row = page.locator("[data-testid=admin-users-row][data-email='" + client.email() + "']");
        page.getByTestId("admin-users-search").fill(client.email());
        page.getByTestId("admin-users-search").press("Enter");
        assertThat(page.getByTestId("admin-users-row")).hasCount(1);
        row.getByTestId("user-grant").click();
        audit("users-grant-form", page.getByTestId("grant-amount"));
        page.getByTestId("grant-cancel").click();
        row.getByTestId("user-reset-link").click();
        audit("users-reset-link", page.getByTestId("reset-link-url"));
        page.getByTestId("reset-link-close").click();
        // modal: the header's language buttons are behind it, so it is opened again in each language
        Locator cancel = page.getByTestId("confirm-dialog-cancel");
        audit("users-confirm-dialog", cancel, () -> row.getByTestId("admin-user-suspend").click(), () -> {
            if (cancel.isVisible()) {
                cancel.click();
            }
        });
        visit("experts", "/admin/experts", "admin-experts-page");
        visit("topups", "/admin/topups", "admin-topup-row");
        visit("topup-detail", "/admin/topups/" + paidTopup, "refund-form");
        visit("payouts", "/admin/payouts", "admin-payout-row");
        Locator approve = page.locator("[data-testid=admin-payout-row][data-expert-id='" + expert.userId() + "']")
                .getByTestId("admin-payout-approve");
        audit("payouts-approve-dialog", cancel, approve::click, () -> {
            if (cancel.isVisible()) {
                cancel.click();
            }
        });
        visit("categories", "/admin/categories", "category-row");
        visit("cost-centres", "/admin/cost-centres", "cc-row");
        visit("cost-centre", "/admin/cost-centres/" + centre, "report");
        visit("desk-figures", "/admin/desk", "admin-desk-page");
        visit("sessions-console", "/admin/sessions", "admin-sessions-list");
        visit("audit-log", "/admin/audit", "audit-row");
        visit("books", "/admin/books", "turnover");
        visit("dashboard", "/admin/dashboard", "dashboard-categories-table");
        visit("expert", "/experts/" + expert.userId(), "review-item-hide");
        visit("profile", "/profile", "profile-display-name");
        assertNoProblems();
    }

    /** Opens the page at desktop width, waits for its content, and audits it. */
    private void visit(String name, String path, String readyTestId) {
        page.setViewportSize(DESKTOP[0], DESKTOP[1]);
        page.navigate(path);
        Locator ready = page.getByTestId(readyTestId).first();
        assertThat(ready).isVisible();
        audit(name, ready);
    }

    private void audit(String name, Locator ready) {
        audit(name, ready, () -> { }, () -> { });
    }

    /**
     * The page as it is, in Spanish and in English (switched with the header's buttons, between
     * {@code close} and {@code open} of a state that covers them), at desktop and phone width:
     * axe-core, sideways scrolling, the header on one line at desktop widths, a screenshot.
     */
    private void audit(String name, Locator ready, Runnable open, Runnable close) {
        for (String lang : List.of("es", "en")) {
            page.setViewportSize(DESKTOP[0], DESKTOP[1]);
            close.run();
            page.getByTestId("lang-" + lang).click();
            assertThat(page.getByTestId("nav-about")).hasText(ABOUT.get(lang));
            open.run();
            assertThat(ready).isVisible();
            // the switch moves the header's buttons: hover nothing while checking
            page.mouse().move(0, 0);
            check(name, lang, DESKTOP);
            if (lang.equals("en")) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
                check(name, "en-dark", DESKTOP);
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            }
            header(name, lang, DESKTOP);
            page.setViewportSize(NARROW_DESKTOP[0], NARROW_DESKTOP[1]);
            header(name, lang, NARROW_DESKTOP);
            page.setViewportSize(PHONE[0], PHONE[1]);
            check(name, lang, PHONE);
        }
        page.setViewportSize(DESKTOP[0], DESKTOP[1]);
        close.run();
    }

    private void check(String name, String lang, int[] size) {
        String where = role + " " + name + " (" + lang + ", " + size[0] + " px, " + page.url() + ")";
        for (String violation : Axe.blockingViolations(page)) {
            problems.add(where + ": " + violation);
        }
        String sideways = Axe.sidewaysScroll(page);
        if (sideways != null) {
            problems.add(where + ": scrolls sideways: " + sideways);
        }
        if (lang.equals("es")) { // one language is enough to look at
            Browser.screenshot(page, "a11y-" + role + "-" + name + "-" + size[0]);
        }
    }

    private void header(String name, String lang, int[] size) {
        String broken = (String) page.evaluate(HEADER_ON_ONE_LINE);
        if (broken != null) {
            problems.add(role + " " + name + " (" + lang + ", " + size[0] + " px): " + broken);
        }
    }

    /**
     * On a phone the navigation is behind a menu button: it opens (aria-expanded), stays open for a
     * language switch, is checked with axe while open, closes with Escape giving focus back to the
     * button, opens from the keyboard and closes on navigation.
     */
    private void phoneMenu() {
        page.setViewportSize(PHONE[0], PHONE[1]);
        Locator toggle = page.getByTestId("nav-toggle");
        Locator about = page.getByTestId("nav-about");
        assertThat(toggle).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(about).isHidden();
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(about).isVisible();
        page.getByTestId("lang-es").click();
        assertThat(about).hasText(ABOUT.get("es"));
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        check("menu-open", "es", PHONE);
        about.focus();
        page.keyboard().press("Escape");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(about).isHidden();
        assertThat(toggle).isFocused();
        page.keyboard().press("Enter");
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        page.keyboard().press("Tab");
        assertThat(page.getByTestId("nav-experts")).isFocused();
        about.click();
        assertThat(page.getByTestId("about-title")).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(about).isHidden();
        page.goBack();
        page.setViewportSize(DESKTOP[0], DESKTOP[1]);
    }

    private void assertNoProblems() {
        assertThat(problems).as("accessibility problems of the %s pages:%n%s", role, String.join("\n", problems))
                .isEmpty();
    }
}
