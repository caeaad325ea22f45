package dev.skillfast.notifications.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.notifications.domain.NotificationPreferences;

/**
 * Which mails a user gets. {@code sessionMissed} and {@code reviewReceived} concern experts only.
 *
 * @param mailEnabled in answers only: whether this desk sends mail at all (SMTP configured)
 */
@Schema(name = "NotificationSettings")
public record NotificationSettings(@NotNull Boolean sessionMissed, @NotNull Boolean sessionReceipt,
                                   @NotNull Boolean reviewReceived, @NotNull Boolean payments,
                                   @Schema(readOnly = true) Boolean mailEnabled) {

    static NotificationSettings of(NotificationPreferences p, boolean mailEnabled) {
        return new NotificationSettings(p.sessionMissed(), p.sessionReceipt(), p.reviewReceived(), p.payments(),
                mailEnabled);
    }

    NotificationPreferences preferences() {
        return new NotificationPreferences(sessionMissed, sessionReceipt, reviewReceived, payments);
    }
}
