package dev.skillfast.realtime.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.cluster.NodeMail;
import dev.skillfast.realtime.domain.Inbound.ErrorCode;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionService;
import dev.skillfast.sessions.domain.SessionState;

/**
 * Which server numbers, stores and sends a session's chat: its home, the member that owns the session
 * id's partition of the cluster (every member agrees on it without asking, and when the home leaves,
 * the partition and so the session move to another member). One writer per session keeps its numbers
 * unique, gap-free and in the order every recipient sees them. A message sent to another server is
 * forwarded to the home ({@code chat} mail); the home answers with an acknowledgement once it is stored
 * ({@code chat.acks}) or with the error frame for its sender ({@code chat.reply}). A forwarded message
 * whose home leaves before answering is answered "send it again" (it may or may not be stored: the
 * sender's next history read tells). Alone, every session's home is this server.
 */
@ApplicationScoped
public class ChatRouting {

    static final String FORWARD = "chat";
    static final String ACKS = "chat.acks";
    static final String REPLY = "chat.reply";
    private static final long GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** A message forwarded to its session's home: where it went, and how to answer its sender. */
    private record InFlight(String home, Consumer<String> answer, String replyTo, long sentAtNanos) {
    }

    @Inject
    ClusterMember cluster;

    @Inject
    NodeMail mail;

    @Inject
    ChatWriter writer;

    @Inject
    SessionService sessions;

    @Inject
    Delivery delivery;

    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    private volatile long lastCleanupNanos = System.nanoTime();

    /** Queues a checked message with its session's home; false when that server's queue is full. */
    boolean submit(ChatWriter.Pending pending) {
        Optional<String> home = cluster.ownerOf(pending.session().id());
        if (home.isEmpty() || home.get().equals(cluster.nodeId())) {
            return writer.submit(pending);
        }
        dropAbandoned();
        String id = UUID.randomUUID().toString();
        inFlight.put(id, new InFlight(home.get(), pending.answer(), pending.replyTo(), System.nanoTime()));
        mail.send(home.get(), FORWARD, id, cluster.nodeId(), pending.session().id(), pending.senderId(),
                pending.text(), pending.replyTo() == null ? "" : pending.replyTo());
        return true;
    }

    /** Stored at home: its frames go to the recipients' other servers, and forwarded messages are acknowledged. */
    void stored(List<ChatMessage> messages, List<ChatWriter.Pending> from) {
        Delivery.Outbox outbox = delivery.outbox();
        NodeMail.Bundles acks = mail.bundles(ACKS);
        for (int i = 0; i < messages.size(); i++) {
            ChatWriter.Pending pending = from.get(i);
            Session session = pending.session();
            if (delivery.connectedElsewhere(session.clientId()) || delivery.connectedElsewhere(session.expertId())) {
                String frame = Outbound.chatMessage(messages.get(i), pending.replyTo());
                outbox.add(session.clientId(), frame);
                outbox.add(session.expertId(), frame);
            }
            if (pending.forwarded() != null) {
                acks.add(pending.forwarded().origin(), pending.forwarded().id());
            }
        }
        outbox.send();
        acks.send();
    }

    /** Chat mail from another server. */
    void received(String[] message) {
        switch (message[0]) {
            case FORWARD -> queueForwarded(message[1], message[2], message[3], message[4], message[5],
                    message[6].isEmpty() ? null : message[6]);
            case ACKS -> {
                for (int i = 1; i < message.length; i++) {
                    inFlight.remove(message[i]);
                }
            }
            case REPLY -> {
                InFlight answered = inFlight.remove(message[1]);
                if (answered != null) {
                    answered.answer().accept(message[2]);
                }
            }
            default -> throw new IllegalArgumentException("Unknown mail '" + message[0] + "'");
        }
    }

    private void queueForwarded(String id, String origin, String sessionId, String senderId, String text, String replyTo) {
        Consumer<String> answer = frame -> mail.send(origin, REPLY, id, frame);
        Optional<Session> session = sessions.cached(sessionId).filter(s -> s.state() == SessionState.ACTIVE);
        if (session.isEmpty()) {
            answer.accept(Outbound.error(ErrorCode.NOT_ACTIVE, "The session is no longer ACTIVE.", replyTo));
            return;
        }
        ChatWriter.Pending pending = new ChatWriter.Pending(session.get(), senderId, text, replyTo, answer,
                new ChatWriter.Forwarded(origin, id));
        if (!writer.submit(pending)) {
            answer.accept(Outbound.error(ErrorCode.UNAVAILABLE,
                    "The server is overloaded; send the message again in a moment.", replyTo));
        }
    }

    /** A member left: what was forwarded to it and not answered is answered "send it again". */
    void memberLeft(String nodeId) {
        inFlight.forEach((id, forwarded) -> {
            if (forwarded.home().equals(nodeId) && inFlight.remove(id, forwarded)) {
                forwarded.answer().accept(Outbound.error(ErrorCode.UNAVAILABLE,
                        "The server keeping this chat stopped before the message was confirmed; send it again "
                                + "if it is not in the conversation.", forwarded.replyTo()));
            }
        });
    }

    /** Forgets forwarded messages never answered (their answer was lost), at most every few seconds. */
    private void dropAbandoned() {
        long now = System.nanoTime();
        if (now - lastCleanupNanos < TimeUnit.SECONDS.toNanos(5)) {
            return;
        }
        lastCleanupNanos = now;
        inFlight.values().removeIf(forwarded -> now - forwarded.sentAtNanos() > GIVE_UP_NANOS);
    }
}
