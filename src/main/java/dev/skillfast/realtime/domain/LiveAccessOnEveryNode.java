package dev.skillfast.realtime.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountChanged;
import dev.skillfast.platform.cluster.ClusterTopics;

/**
 * A suspended account, or one whose role changed, loses its live connections at once: on this server,
 * and through a cluster note on every other one (its new tickets were refused already, by the account
 * check every ticket goes through).
 */
@ApplicationScoped
public class LiveAccessOnEveryNode {

    static final String TOPIC = "skillfast.accounts.changed";

    @Inject
    Connections connections;

    @Inject
    ClusterTopics topics;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        topics.subscribe(TOPIC, note -> {
            String[] fields = note.split("\n", -1);
            close(fields[0], fields[1], Boolean.parseBoolean(fields[2]));
        });
    }

    void onAccountChanged(@Observes AccountChanged change) {
        close(change.userId(), change.role().name(), change.suspended());
        topics.publish(TOPIC, change.userId() + "\n" + change.role().name() + "\n" + change.suspended());
    }

    private void close(String userId, String role, boolean suspended) {
        for (Connection connection : connections.of(userId)) {
            if (suspended || !role.equals(connection.role())) {
                connection.close(Gateway.CLOSE_ACCOUNT_CHANGED, "account changed");
            }
        }
    }
}
