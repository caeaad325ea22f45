package dev.skillfast.platform.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Messages to one member: every member listens on its own topic ({@value #PREFIX} + node id). What one
 * member sends to another arrives in the order it was sent, once, or not at all if either member dies
 * on the way (Hazelcast topics are not durable); what must survive that is in MongoDB. A message is an
 * array of strings: no application class crosses the wire. Alone, nothing is sent.
 */
@ApplicationScoped
public class NodeMail {

    static final String PREFIX = "skillfast.node.";
    private static final Logger LOG = Logger.getLogger(NodeMail.class.getName());

    @Inject
    ClusterMember member;

    public NodeMail() {
    }

    /** Outside CDI (tests): the mail of {@code member}. */
    public NodeMail(ClusterMember member) {
        this.member = member;
    }

    public void send(String nodeId, String... fields) {
        member.instance().ifPresent(cluster -> cluster.<String[]>getTopic(PREFIX + nodeId).publish(fields));
    }

    /** Messages of one kind gathered per member, then sent as one message to each ({@link Bundles}). */
    public Bundles bundles(String kind) {
        return new Bundles(kind);
    }

    /**
     * Fields of one kind of message gathered by member (e.g. the frames of a chat batch for each server
     * that holds a recipient), sent as one message {@code kind, fields…} per member.
     */
    public final class Bundles {
        private final String kind;
        private final Map<String, List<String>> byNode = new HashMap<>();

        private Bundles(String kind) {
            this.kind = kind;
        }

        public void add(String nodeId, String... fields) {
            byNode.computeIfAbsent(nodeId, n -> new ArrayList<>(List.of(kind))).addAll(Arrays.asList(fields));
        }

        public void send() {
            byNode.forEach((node, fields) -> NodeMail.this.send(node, fields.toArray(String[]::new)));
        }
    }

    /**
     * Runs {@code handler} for every message sent to this member, on Hazelcast's event thread for this
     * member's topic (one thread: messages are handled in the order they arrive); a failure is logged
     * and the next message handled.
     */
    public void receive(Consumer<String[]> handler) {
        member.instance().ifPresent(cluster -> cluster.<String[]>getTopic(PREFIX + member.nodeId())
                .addMessageListener(message -> {
                    try {
                        handler.accept(message.getMessageObject());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A message from another member could not be handled", e);
                    }
                }));
    }
}
