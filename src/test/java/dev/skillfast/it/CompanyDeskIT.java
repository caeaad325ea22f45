package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A desk configured the way an intranet runs it: password sign-up turned off, and an SMTP relay that is
 * down when mail is queued. Its own server (the build's WAR and server.xml, on its own embedded store),
 * killed with SIGKILL and started again to show that the outbox keeps what it had not sent.
 */
class CompanyDeskIT {

    private static final String NAME = "skillfastCompanyDesk";
    private static final String ADMIN = "desk-admin@it.skillfast.local";

    private static LibertyServer server;
    private static URI base;
    private static int smtpPort;

    @BeforeAll
    static void startDesk() throws Exception {
        Path wlp = Path.of(System.getProperty("skillfast.it.wlp", "target/liberty/wlp"));
        Path war = Path.of(System.getProperty("skillfast.it.war", "target/skillfast.war"));
        Path dataDir = war.toAbsolutePath().getParent().resolve("company-desk-data");
        LibertyServer.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        Path keys = Path.of("src/test/resources/it-keys").toAbsolutePath();
        int httpPort = LibertyServer.freePort();
        smtpPort = LibertyServer.freePort();
        base = URI.create("http://localhost:" + httpPort);
        server = new LibertyServer(wlp, NAME, Path.of(System.getProperty("java.home")));
        server.create(war, """
                # Written by CompanyDeskIT: password sign-up off, mail to a relay the test starts late.
                skillfast.http.port=%d
                skillfast.https.port=%d
                skillfast.data.dir=%s
                skillfast.admin.email=%s
                skillfast.admin.password=%s
                skillfast.jwt.private-key-location=%s
                skillfast.jwt.public-key-location=%s
                skillfast.demo-data=false
                skillfast.auth.local-signup=false
                skillfast.smtp.host=localhost
                skillfast.smtp.port=%d
                skillfast.public-url=%s
                skillfast.mail.send-interval=PT1S
                skillfast.mail.retry-first=PT1S
                skillfast.mail.retry-max=PT2S
                """.formatted(httpPort, LibertyServer.freePort(), dataDir, ADMIN, Accounts.adminPassword(),
                keys.resolve("private.pem"), keys.resolve("public.pem"), smtpPort, base));
        server.startUntilReady(base.resolve("/health/ready"), Duration.ofSeconds(180));
    }

    @AfterAll
    static void stopDesk() {
        if (server != null) {
            server.stopQuietly();
        }
    }

    @Test
    void passwordSignUpIsRefusedAndSaidSoWhileThePasswordSignInOfTheAdministratorWorks() {
        JsonObject options = ItServer.json(ItServer.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/auth/sso"))
                .GET().build()));
        assertThat(options.getBoolean("localSignup")).isFalse();
        assertThat(options.getBoolean("localLogin")).isTrue();
        assertThat(options.getBoolean("configured")).isFalse();

        HttpResponse<String> refused = Accounts.register(base, Accounts.uniqueEmail("walk-in"), Accounts.PASSWORD, "CLIENT");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.body()).contains("Sign-up with a password is turned off");
        assertThat(Accounts.login(base, ADMIN, Accounts.adminPassword()).statusCode()).isEqualTo(200);
    }

    @Test
    void aMailQueuedWhileTheRelayIsDownSurvivesAKillAndIsSentOnceAfterTheRestart() throws Exception {
        assertThat(Accounts.postJson(base, "/api/auth/password-reset",
                Json.createObjectBuilder().add("email", ADMIN).build().toString()).statusCode()).isEqualTo(202);
        Accounts.Session admin = Accounts.signIn(base, ADMIN, Accounts.adminPassword());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ItServer.json(admin.get("/api/admin/mail")).getInt("oldestWaitingAttempts") < 2) {
            assertThat(System.nanoTime()).as("the relay was tried").isLessThan(deadline);
            Thread.sleep(200);
        }
        Thread.sleep(1_500); // the embedded store writes to its file about once a second
        server.process().kill();

        GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try {
            server.startUntilReady(base.resolve("/health/ready"), Duration.ofSeconds(180));
            long arrival = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (relay.getReceivedMessages().length == 0) {
                assertThat(System.nanoTime()).as("the mail arrived after the restart").isLessThan(arrival);
                Thread.sleep(200);
            }
            Thread.sleep(3_000);
            assertThat(Arrays.stream(relay.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            })).containsExactly("Reset your SkillFast password");
        } finally {
            relay.stop();
        }
    }
}
