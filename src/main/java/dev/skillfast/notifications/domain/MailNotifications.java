package dev.skillfast.notifications.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.billing.domain.SessionSettled;
import dev.skillfast.payments.domain.PaymentChanged;
import dev.skillfast.platform.mail.MailSettings;
import dev.skillfast.platform.mail.Outbox;
import dev.skillfast.reviews.domain.ReviewPosted;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionEvent;
import dev.skillfast.sessions.domain.Settlement;

/** Turns what other features announce into mails, for those who want them (see the package notes). */
@ApplicationScoped
public class MailNotifications {

    private static final Logger LOG = Logger.getLogger(MailNotifications.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    AccountService accounts;

    @Inject
    Preferences preferences;

    void onSessionChanged(@Observes SessionEvent event) {
        if (!"expired".equals(event.type())) {
            return;
        }
        Session s = event.session();
        mail("session-missed:" + s.id(), s.expertId(), NotificationPreferences::sessionMissed, "session-missed",
                user -> Map.of("client", s.client().name(), "channel", MailFormats.channel(s.channel().name(), user.language()),
                        "time", MailFormats.time(s.requestedAt(), user.language())));
    }

    void onSessionSettled(@Observes SessionSettled settled) {
        Session s = settled.session();
        Settlement bill = settled.settlement();
        mail("receipt:" + s.id() + ":" + s.clientId(), s.clientId(), NotificationPreferences::sessionReceipt,
                "session-receipt-client", user -> receipt(s, bill, s.expert().name(), user.language()));
        mail("receipt:" + s.id() + ":" + s.expertId(), s.expertId(), NotificationPreferences::sessionReceipt,
                "session-receipt-expert", user -> receipt(s, bill, s.client().name(), user.language()));
    }

    void onReviewPosted(@Observes ReviewPosted posted) {
        var r = posted.review();
        mail("review:" + r.id(), r.expertId(), NotificationPreferences::reviewReceived, "review-received",
                user -> Map.of("reviewer", r.reviewerName(), "stars", "★".repeat(r.rating()) + "☆".repeat(5 - r.rating()),
                        "rating", r.rating(), "comment", r.comment()));
    }

    void onPaymentChanged(@Observes PaymentChanged change) {
        mail("payment:" + change.kind() + ":" + change.id() + ":" + change.status(), change.userId(),
                NotificationPreferences::payments, change.kind() + "-status", user -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("amount", MailFormats.money(change.amount(), change.currency(), user.language()));
                    model.put(change.status().toLowerCase(), true);
                    if (change.reason() != null) {
                        model.put("reason", change.reason());
                    }
                    return model;
                });
    }

    private Map<String, Object> receipt(Session s, Settlement bill, String other, String language) {
        return Map.of("other", other, "channel", MailFormats.channel(s.channel().name(), language),
                "time", MailFormats.time(s.endedAt(), language),
                "duration", MailFormats.duration(bill.durationSeconds()),
                "units", bill.unitsBilled(), "freeUnits", bill.freeUnits(),
                "total", MailFormats.money(bill.total(), bill.currency(), language),
                "earning", MailFormats.money(bill.expertEarning(), bill.currency(), language),
                "commission", MailFormats.money(bill.commission(), bill.currency(), language));
    }

    private void mail(String key, String userId, Predicate<NotificationPreferences> wanted, String template,
                      java.util.function.Function<User, Map<String, ?>> model) {
        if (!outbox.enabled()) {
            return;
        }
        try {
            User user = accounts.get(userId);
            if (user.suspended() || !wanted.test(preferences.of(userId))) {
                return;
            }
            Map<String, Object> values = new HashMap<>(model.apply(user));
            values.put("name", user.displayName());
            settings.publicUrl().ifPresent(url -> values.put("link", url));
            outbox.enqueue(key, user.email(), user.language(), template, values);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Mail " + key + " could not be queued");
        }
    }
}
