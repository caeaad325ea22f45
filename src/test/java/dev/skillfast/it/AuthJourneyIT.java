package dev.skillfast.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/**
 * Sign-up, sign-in, staying signed in across a reload (the refresh cookie), profile, sign-out; and an
 * administrator suspending an account, in headless Chromium.
 */
class AuthJourneyIT extends BrowserTest {

    @Test
    void registerReloadStaySignedInEditProfileAndSignOut() {
        String email = Accounts.uniqueEmail("journey");
        page.navigate("/");
        page.getByTestId("nav-register").click();
        page.getByTestId("register-email").fill(email);
        page.getByTestId("register-password").fill(Accounts.PASSWORD);
        page.getByTestId("register-display-name").fill("Journey Client");
        page.getByTestId("register-role-client").check();
        Browser.screenshot(page, "auth-register");
        page.getByTestId("register-submit").click();

        assertThat(page.getByTestId("user-menu")).containsText("Journey Client");
        assertThat(page.getByTestId("nav-admin")).hasCount(0);

        // The access token lives in memory only: a reload signs in again through the refresh cookie.
        page.reload();
        assertThat(page.getByTestId("user-menu")).containsText("Journey Client");
        assertThat(page.evaluate("() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)").toString())
                .doesNotContain("eyJ");
        assertThat(page.evaluate("() => document.cookie").toString()).doesNotContain("skillfast_refresh");

        page.navigate("/profile");
        assertThat(page.getByTestId("profile-email")).containsText(email);
        page.getByTestId("profile-display-name").fill("Journey Renamed");
        page.getByTestId("profile-save").click();
        assertThat(page.getByTestId("profile-saved")).isVisible();
        assertThat(page.getByTestId("user-menu")).containsText("Journey Renamed");
        Browser.screenshot(page, "auth-profile");

        page.getByTestId("user-menu").click();
        page.getByTestId("nav-logout").click();
        assertThat(page.getByTestId("nav-login")).isVisible();
        page.reload();
        assertThat(page.getByTestId("nav-login")).isVisible();

        page.navigate("/profile");
        assertThat(page.getByTestId("login-form")).isVisible();
        page.getByTestId("login-email").fill(email);
        page.getByTestId("login-password").fill("wrong-password-123");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("login-error")).isVisible();
        page.getByTestId("login-password").fill(Accounts.PASSWORD);
        page.getByTestId("login-submit").click();
        // Back where the sign-in was asked for.
        assertThat(page.getByTestId("profile-page")).isVisible();
    }

    @Test
    void anAdministratorSuspendsAnAccount() {
        Accounts.Session victim = Accounts.newUser("EXPERT");
        page.navigate("/login");
        page.getByTestId("login-email").fill(System.getProperty("skillfast.it.admin.email", "admin@it.skillfast.local"));
        page.getByTestId("login-password").fill(System.getProperty("skillfast.it.admin.password", "it-admin-Password-2026"));
        page.getByTestId("login-submit").click();
        page.getByTestId("nav-admin").click();
        assertThat(page.getByTestId("admin-users-page")).isVisible();
        page.getByTestId("admin-users-search").fill(victim.email());
        page.getByTestId("admin-users-search").press("Enter");
        var row = page.locator("[data-testid=admin-users-row][data-email='" + victim.email() + "']");
        assertThat(row).isVisible();
        row.getByTestId("admin-user-suspend").click();
        page.getByTestId("confirm-dialog-confirm").click();
        assertThat(row.getByTestId("admin-user-reactivate")).isVisible();
        Browser.screenshot(page, "auth-admin-users");

        assertThat(Accounts.login(victim.email(), Accounts.PASSWORD).statusCode()).isEqualTo(403);
    }
}
