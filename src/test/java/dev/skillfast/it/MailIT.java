package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/**
 * Mail through the tests' SMTP server ({@link ItMail}): password reset by mail and by an administrator's
 * link, escaping of user text, an SMTP outage, and each user's notification choices.
 */
class MailIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(http://localhost:\\d+/reset-password\\?token=)([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "brand-new-Password-7";

    @Test
    void aResetMailArrivesOnceWithALinkThatWorksOnceAndEndsEverySignIn() throws Exception {
        ItMail.server();
        Accounts.Session user = Accounts.newUser("CLIENT");
        assertThat(requestReset(user.email()).statusCode()).isEqualTo(202);

        MimeMessage mail = ItMail.awaitOne(user.email(), WAIT);
        assertThat(mail.getSubject()).isEqualTo("Reset your SkillFast password");
        String text = ItMail.part(mail, "text/plain");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(link.group(1)).isEqualTo(ItServer.base() + "/reset-password?token=");
        assertThat(ItMail.part(mail, "text/html")).contains("/reset-password?token");

        HttpResponse<String> confirmed = confirm(link.group(2), NEW_PASSWORD);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
        assertThat(Accounts.refresh(user.refreshToken()).statusCode()).as("old sign-ins ended").isEqualTo(401);
        assertThat(user.get("/api/me").statusCode()).as("old access tokens ended").isEqualTo(401);
        assertThat(Accounts.login(user.email(), NEW_PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> again = confirm(link.group(2), "yet-another-Password-8");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"token\"");
        Thread.sleep(2_000);
        assertThat(ItMail.to(user.email())).as("sent once").hasSize(1);
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSameAnswerAndNoMail() throws Exception {
        ItMail.server();
        String nobody = Accounts.uniqueEmail("nobody");
        assertThat(requestReset(nobody).statusCode()).isEqualTo(202);
        Thread.sleep(2_000);
        assertThat(ItMail.to(nobody)).isEmpty();
    }

    @Test
    void userTextInAMailIsEscapedInItsHtml() throws Exception {
        ItMail.server();
        String email = Accounts.uniqueEmail("eve");
        assertThat(Accounts.postJson("/api/auth/register", Json.createObjectBuilder().add("email", email)
                .add("password", Accounts.PASSWORD).add("displayName", "<b>Eve</b> & \"Co\" <script>x()</script>")
                .add("role", "CLIENT").build().toString()).statusCode()).isEqualTo(201);
        requestReset(email);

        MimeMessage mail = ItMail.awaitOne(email, WAIT);
        String html = ItMail.part(mail, "text/html");
        assertThat(html).contains("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot; &lt;script&gt;")
                .doesNotContain("<b>Eve").doesNotContain("<script>");
        assertThat(ItMail.part(mail, "text/plain")).contains("<b>Eve</b> & \"Co\"");
    }

    @Test
    void duringAnSmtpOutageTheMailIsTriedAgainAndSentOnceTheRelayIsBack() throws Exception {
        ItMail.server();
        awaitOutboxIdle();
        ItMail.stop();
        Accounts.Session user = Accounts.newUser("EXPERT");
        try {
            requestReset(user.email());
            long deadline = System.nanoTime() + WAIT.toNanos();
            JsonObject outbox;
            do {
                Thread.sleep(250);
                outbox = outbox();
                assertThat(System.nanoTime()).as("retried: " + outbox).isLessThan(deadline);
            } while (outbox.getInt("oldestWaitingAttempts") < 2);
            assertThat(outbox.getString("lastError")).isNotBlank();
        } finally {
            ItMail.server();
        }
        assertThat(ItMail.awaitOne(user.email(), WAIT).getSubject()).contains("password");
        awaitOutboxIdle();
        assertThat(ItMail.to(user.email())).hasSize(1);
    }

    @Test
    void anAdministratorMakesAOneTimeLinkForADeskWithoutMail() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        HttpResponse<String> refused = CatalogueIT.send(user, "POST", "/api/admin/users/" + user.userId() + "/password-reset-link", null);
        assertThat(refused.statusCode()).isEqualTo(403);

        HttpResponse<String> made = CatalogueIT.send(Accounts.cachedAdmin(), "POST",
                "/api/admin/users/" + user.userId() + "/password-reset-link", null);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonObject link = ItServer.json(made);
        Matcher token = LINK.matcher(link.getString("url"));
        assertThat(token.matches()).as(link.toString()).isTrue();
        assertThat(link.getString("expiresAt")).isNotBlank();
        assertThat(confirm(token.group(2), NEW_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(confirm(token.group(2), NEW_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(Accounts.login(user.email(), NEW_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void eachUserChoosesTheirNotifications() {
        Accounts.Session user = Accounts.newUser("EXPERT");
        JsonObject defaults = ItServer.json(user.get("/api/me/notifications"));
        assertThat(defaults.getBoolean("sessionMissed")).isTrue();
        assertThat(defaults.getBoolean("payments")).isTrue();
        assertThat(defaults.getBoolean("mailEnabled")).isTrue();

        HttpResponse<String> saved = CatalogueIT.send(user, "PUT", "/api/me/notifications",
                "{\"sessionMissed\":false,\"sessionReceipt\":true,\"reviewReceived\":false,\"payments\":true}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject now = ItServer.json(user.get("/api/me/notifications"));
        assertThat(now.getBoolean("sessionMissed")).isFalse();
        assertThat(now.getBoolean("reviewReceived")).isFalse();
        assertThat(now.getBoolean("sessionReceipt")).isTrue();

        HttpResponse<String> incomplete = CatalogueIT.send(user, "PUT", "/api/me/notifications", "{\"payments\":true}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aSettledSessionMailsItsReceiptsAsChosenAndAReviewReachesTheExpertEscaped() throws Exception {
        ItMail.server();
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client();
        assertThat(CatalogueIT.send(client, "PUT", "/api/me/notifications",
                "{\"sessionMissed\":true,\"sessionReceipt\":false,\"reviewReceived\":true,\"payments\":true}")
                .statusCode()).isEqualTo(200);
        String id;
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            id = LiveSessions.active(client, expert, "CHAT");
            assertThat(LiveSessions.act(client, id, "end").statusCode()).isEqualTo(200);
        }
        MimeMessage receipt = ItMail.awaitOne(expert.email(), WAIT);
        assertThat(receipt.getSubject()).startsWith("Your session with").contains("you earned");
        assertThat(ItMail.part(receipt, "text/plain")).contains("Platform commission");

        HttpResponse<String> reviewed = CatalogueIT.send(client, "POST", "/api/sessions/" + id + "/review",
                "{\"rating\":4,\"comment\":\"<img src=x onerror=alert(1)> Helpful & quick\"}");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(201);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ItMail.to(expert.email()).size() < 2) {
            assertThat(System.nanoTime()).as("review mail").isLessThan(deadline);
            Thread.sleep(100);
        }
        MimeMessage review = ItMail.to(expert.email()).stream()
                .filter(m -> subject(m).contains("rated your session")).findFirst().orElseThrow();
        assertThat(ItMail.part(review, "text/html")).contains("&lt;img src").contains("Helpful &amp; quick")
                .doesNotContain("<img src");
        assertThat(ItMail.part(review, "text/plain")).contains("<img src=x onerror=alert(1)> Helpful & quick");
        assertThat(ItMail.to(client.email())).as("the client turned receipts off").isEmpty();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> requestReset(String email) {
        return Accounts.postJson("/api/auth/password-reset", Json.createObjectBuilder().add("email", email).build().toString());
    }

    static HttpResponse<String> confirm(String token, String password) {
        return Accounts.postJson("/api/auth/password-reset/confirm",
                Json.createObjectBuilder().add("token", token).add("password", password).build().toString());
    }

    private static JsonObject outbox() {
        HttpResponse<String> response = Accounts.cachedAdmin().get("/api/admin/mail");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ItServer.json(response);
    }

    /** Waits until no mail waits (other tests' mails queued before the relay ran have gone out or given up). */
    private static void awaitOutboxIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (outbox().containsKey("oldestWaitingAt") && !outbox().isNull("oldestWaitingAt")) {
            assertThat(System.nanoTime()).as("outbox idle: " + outbox()).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
