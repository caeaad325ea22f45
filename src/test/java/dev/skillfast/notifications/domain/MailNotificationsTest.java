package dev.skillfast.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.billing.domain.SessionSettled;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.payments.domain.PaymentChanged;
import dev.skillfast.platform.mail.MailSettings;
import dev.skillfast.platform.mail.Outbox;
import dev.skillfast.reviews.domain.Review;
import dev.skillfast.reviews.domain.ReviewPosted;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Settlement;
import dev.skillfast.sessions.domain.Tariff;

/** Which announcement mails whom, in which language, and when it does not. */
class MailNotificationsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    /** A queued mail as the outbox was asked for it. */
    record Queued(String key, String to, String language, String template, Map<String, Object> model) {
    }

    private final List<Queued> queued = new ArrayList<>();
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, NotificationPreferences> choices = new HashMap<>();
    private final MailNotifications notifications = new MailNotifications();
    private boolean mailOn = true;

    @BeforeEach
    void wire() {
        notifications.outbox = new Outbox() {
            @Override
            public boolean enabled() {
                return mailOn;
            }

            @Override
            public boolean enqueue(String key, String to, String language, String template, Map<String, ?> model) {
                queued.add(new Queued(key, to, language, template, new HashMap<>(model)));
                return true;
            }
        };
        notifications.settings = new MailSettings("localhost", 25, "desk@example.com", Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1);
        notifications.accounts = new AccountService() {
            @Override
            public User get(String userId) {
                return users.get(userId);
            }
        };
        notifications.preferences = new Preferences() {
            @Override
            public NotificationPreferences of(String userId) {
                return choices.getOrDefault(userId, NotificationPreferences.ALL);
            }
        };
        user("client-1", "Clara", "es", false);
        user("expert-1", "Eva", "en", false);
    }

    @Test
    void anExpiredRequestMailsTheExpertItWasFor() {
        notifications.onSessionChanged(new SessionEvent("expired", session(SessionState.EXPIRED)));
        assertThat(queued).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo("session-missed:s-1");
            assertThat(q.to()).isEqualTo("expert-1@example.com");
            assertThat(q.template()).isEqualTo("session-missed");
            assertThat(q.model()).containsEntry("client", "Clara").containsEntry("channel", "video");
        });
    }

    @Test
    void otherSessionChangesMailNobody() {
        notifications.onSessionChanged(new SessionEvent("accepted", session(SessionState.ACTIVE)));
        assertThat(queued).isEmpty();
    }

    @Test
    void aSettlementMailsBothParticipantsTheirOwnReceiptInTheirLanguage() {
        notifications.onSessionSettled(settled());
        assertThat(queued).extracting(Queued::template).containsExactly("session-receipt-client", "session-receipt-expert");
        Queued client = queued.get(0);
        assertThat(client.key()).isEqualTo("receipt:s-1:client-1");
        assertThat(client.language()).isEqualTo("es");
        assertThat(client.model()).containsEntry("other", "Eva").containsEntry("channel", "vídeo")
                .containsEntry("duration", "5:09").containsEntry("name", "Clara");
        assertThat(client.model().get("total").toString()).contains("5,00").contains("€");
        assertThat(queued.get(1).model().get("earning").toString()).isEqualTo("€4.00");
    }

    @Test
    void aKindTurnedOffIsNotMailedAndTheOthersStillAre() {
        choices.put("client-1", new NotificationPreferences(true, false, true, true));
        notifications.onSessionSettled(settled());
        assertThat(queued).extracting(Queued::to).containsExactly("expert-1@example.com");
    }

    @Test
    void aSuspendedAccountIsNotMailed() {
        user("expert-1", "Eva", "en", true);
        notifications.onSessionSettled(settled());
        assertThat(queued).extracting(Queued::to).containsExactly("client-1@example.com");
    }

    @Test
    void aReviewMailsTheExpertWithTheStarsAndTheComment() {
        notifications.onReviewPosted(new ReviewPosted(new Review("r-1", "s-1", "expert-1", "client-1", "Clara", 4,
                "<b>Great</b>", T0, T0, null, false, null, 0)));
        assertThat(queued).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo("review:r-1");
            assertThat(q.model()).containsEntry("stars", "★★★★☆").containsEntry("comment", "<b>Great</b>");
        });
    }

    @Test
    void aPaymentOutcomeMailsItsOwnerOncePerState() {
        notifications.onPaymentChanged(new PaymentChanged("topup", "t-1", "client-1", "SUCCEEDED", 2000, "EUR", null));
        notifications.onPaymentChanged(new PaymentChanged("payout", "p-1", "expert-1", "REJECTED", 5000, "EUR", "No IBAN"));
        assertThat(queued).extracting(Queued::key).containsExactly("payment:topup:t-1:SUCCEEDED", "payment:payout:p-1:REJECTED");
        assertThat(queued.get(0).model()).containsEntry("succeeded", true);
        assertThat(queued.get(1).template()).isEqualTo("payout-status");
        assertThat(queued.get(1).model()).containsEntry("rejected", true).containsEntry("reason", "No IBAN");
    }

    @Test
    void withoutMailNothingIsLookedUpOrQueued() {
        mailOn = false;
        users.clear();
        notifications.onSessionSettled(settled());
        assertThat(queued).isEmpty();
    }

    private void user(String id, String name, String language, boolean suspended) {
        users.put(id, new User(id, id + "@example.com", name, id.startsWith("expert") ? Role.EXPERT : Role.CLIENT,
                language, "hash", suspended, false, T0, 0, 0, null));
    }

    private static Session session(SessionState state) {
        return new Session("s-1", new Session.Party("client-1", "Clara", null, 0, null),
                new Session.Party("expert-1", "Eva", null, 0, null), Channel.VIDEO, state, T0, T0.plusSeconds(60),
                T0.plusSeconds(10), state == SessionState.ENDED ? T0.plusSeconds(319) : null,
                state == SessionState.ENDED ? EndReason.values()[0] : null, new Tariff(100, "EUR", 1, 2000, 60), FundedBy.WALLET, null);
    }

    private static SessionSettled settled() {
        return new SessionSettled(session(SessionState.ENDED),
                new Settlement(309, 6, 1, 5, 500, 400, 100, "EUR", T0.plusSeconds(320)));
    }
}
