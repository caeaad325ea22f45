package dev.skillfast.notifications.domain;

/** Which mails a user gets; everything on until they say otherwise. */
public record NotificationPreferences(boolean sessionMissed, boolean sessionReceipt, boolean reviewReceived,
                                      boolean payments) {

    public static final NotificationPreferences ALL = new NotificationPreferences(true, true, true, true);
}
