package dev.skillfast.notifications.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.notifications.store.PreferenceStore;

/** Each user's notification choices. */
@ApplicationScoped
public class Preferences {

    @Inject
    PreferenceStore store;

    public NotificationPreferences of(String userId) {
        return store.find(userId).orElse(NotificationPreferences.ALL);
    }

    public NotificationPreferences save(String userId, NotificationPreferences preferences) {
        store.save(userId, preferences);
        return preferences;
    }
}
