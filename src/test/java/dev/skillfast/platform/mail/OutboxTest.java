package dev.skillfast.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.skillfast.platform.mail.OutboxMail.OutboxState;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.testing.MutableClock;

/** The outbox against the embedded store and a real SMTP server (GreenMail) on a free port. */
class OutboxTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock();
    private MongoConnection connection;
    private OutboxStore store;
    private OutboxSender sender;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void open() throws Exception {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        store = new OutboxStore(connection.database());
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MailSettings settings = new MailSettings("localhost", port, "SkillFast <desk@example.com>",
                Duration.ofSeconds(30), Duration.ofMinutes(10), 3);
        sender = new OutboxSender(store, new SmtpTransport(settings), settings, clock);
        smtp = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void close() {
        smtp.stop();
        connection.close();
    }

    private void queue(String key) {
        store.insert(key, new MailMessage("ana@example.com", "Hello Ana", "Plain <b>", "<p>Html &lt;b&gt;</p>"),
                clock.instant());
    }

    @Test
    void aQueuedMailIsSentOnceAsTextAndHtmlWithAMessageIdFromItsKey() throws Exception {
        smtp.start();
        queue("k1");
        assertThat(store.insert("k1", new MailMessage("ana@example.com", "Again", "t", "h"), clock.instant())).isFalse();

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Hello Ana");
        assertThat(received[0].getMessageID()).matches("<[0-9a-f]{32}@example.com>");
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Plain <b>");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        OutboxMail sent = store.find("k1").orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.message().text()).as("a sent mail's body (a reset link) is not kept").isNull();
    }

    @Test
    void anSmtpOutageIsRetriedLaterAndThenTheMailIsSent() {
        queue("k2");
        assertThat(sender.sendDue()).isZero(); // nobody listens on the port
        OutboxMail waiting = store.find("k2").orElseThrow();
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));

        smtp.start();
        assertThat(sender.sendDue()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(store.find("k2").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttempt() {
        queue("k3");
        for (int i = 0; i < 3; i++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(10));
        }
        OutboxMail failed = store.find("k3").orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(store.countByState()).containsEntry(OutboxState.FAILED, 1L);
    }

    @Test
    void aMailWhoseSenderDiedMidSendIsClaimedAgainOnceItsClaimRunsOut() {
        smtp.start();
        queue("k4");
        assertThat(store.claimDue(clock.instant(), clock.instant().plusSeconds(60))).isPresent(); // then the server dies
        assertThat(sender.sendDue()).as("still claimed").isZero();
        clock.advance(Duration.ofSeconds(61));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
