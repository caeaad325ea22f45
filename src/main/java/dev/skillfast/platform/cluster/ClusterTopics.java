package dev.skillfast.platform.cluster;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Notes from one member to the others (Hazelcast topics): "this expert's profile changed", "this
 * account lost its live access". Best effort and fire-and-forget, like the topics under them: what a
 * note says is always also in MongoDB, and every receiver re-reads it from there (or a periodic job
 * does), so a note lost with a dying member costs a delay, not data. Alone, there is nobody to tell.
 * Payloads are plain strings: no application class crosses the wire.
 */
@ApplicationScoped
public class ClusterTopics {

    private static final Logger LOG = Logger.getLogger(ClusterTopics.class.getName());

    @Inject
    ClusterMember member;

    public ClusterTopics() {
    }

    /** Outside CDI (tests): the topics of {@code member}. */
    public ClusterTopics(ClusterMember member) {
        this.member = member;
    }

    /** Tells the other members (never this one: it acted already). */
    public void publish(String topic, String message) {
        member.instance().ifPresent(cluster -> cluster.<String>getTopic(topic).publish(message));
    }

    /**
     * Runs {@code handler} for every message another member publishes on {@code topic}, on Hazelcast's
     * event thread; a failure is logged and the next message handled.
     */
    public void subscribe(String topic, Consumer<String> handler) {
        member.instance().ifPresent(cluster -> cluster.<String>getTopic(topic).addMessageListener(message -> {
            if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
                return;
            }
            try {
                handler.accept(message.getMessageObject());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "A note on cluster topic " + topic + " could not be handled");
            }
        }));
    }
}
