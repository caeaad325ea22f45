package dev.skillfast.realtime.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import dev.skillfast.platform.security.RateLimit;
import dev.skillfast.realtime.domain.Gateway;
import dev.skillfast.realtime.domain.Tickets;

/**
 * One WebSocket connection at {@code /ws}, after {@link GatewayHandshakeFilter} checked its ticket and
 * origin: it takes the identity the filter admitted under the connection's ticket, and closes with 1008
 * when there is none (a handshake that did not pass the filter). Frames over {@value #MAX_FRAME} bytes
 * close the connection with 1009, binary frames with 1003.
 */
public final class GatewayEndpoint extends Endpoint { // public: servers call its methods reflectively

    private static final Logger LOG = Logger.getLogger(GatewayEndpoint.class.getName());
    static final int MAX_FRAME = 64 * 1024;
    /** An idle connection is closed after this long without any frame (browsers' pings keep it). */
    static final long IDLE_TIMEOUT_MILLIS = 10 * 60 * 1000L;

    private final Gateway gateway;
    private final Admissions admissions;
    private final RateLimit messageLimit;
    private WsConnection connection;

    GatewayEndpoint(Gateway gateway, Admissions admissions, RateLimit messageLimit) {
        this.gateway = gateway;
        this.admissions = admissions;
        this.messageLimit = messageLimit;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        List<String> tickets = session.getRequestParameterMap().getOrDefault("ticket", List.of());
        Optional<Tickets.Identity> admitted = tickets.size() == 1 ? admissions.take(tickets.get(0)) : Optional.empty();
        if (admitted.isEmpty()) {
            refuse(session);
            return;
        }
        Tickets.Identity identity = admitted.get();
        // the limit is enforced on whole messages by FrameAssembler; the buffer only bounds each part
        session.setMaxTextMessageBufferSize(MAX_FRAME);
        session.setMaxBinaryMessageBufferSize(MAX_FRAME);
        session.setMaxIdleTimeout(IDLE_TIMEOUT_MILLIS);
        connection = new WsConnection(session, identity.userId(), identity.role(), messageLimit);
        session.addMessageHandler(String.class, new FrameAssembler(session));
        session.addMessageHandler(ByteBuffer.class, new BinaryRefusal());
        gateway.opened(connection);
    }

    private static void refuse(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "a valid ticket is required"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a connection without a ticket failed", e);
        }
    }

    /** The protocol is JSON text: the first part of a binary frame closes the connection (1003). */
    private final class BinaryRefusal implements MessageHandler.Partial<ByteBuffer> {
        @Override
        public void onMessage(ByteBuffer part, boolean last) {
            connection.close(CloseReason.CloseCodes.CANNOT_ACCEPT.getCode(), "text frames only");
        }
    }

    /**
     * Collects a text message's parts and hands whole messages to the gateway; closes with 1009 as soon
     * as a message passes {@value #MAX_FRAME} bytes (UTF-8), without holding more of it.
     */
    private final class FrameAssembler implements MessageHandler.Partial<String> {

        private final Session session;
        private final StringBuilder message = new StringBuilder();
        private long bytes;
        private boolean discarding;

        FrameAssembler(Session session) {
            this.session = session;
        }

        @Override
        public void onMessage(String part, boolean last) {
            if (!discarding) {
                bytes += utf8Length(part);
                if (bytes > MAX_FRAME) {
                    discarding = true;
                    message.setLength(0);
                    message.trimToSize();
                    connection.close(CloseReason.CloseCodes.TOO_BIG.getCode(), "messages may be at most 64 KB");
                } else {
                    message.append(part);
                }
            }
            if (last) {
                if (!discarding) {
                    String text = message.toString();
                    message.setLength(0);
                    gateway.handle(connection, text);
                }
                bytes = 0;
                discarding = false;
            }
        }
    }

    static long utf8Length(CharSequence s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        if (connection != null) {
            gateway.closed(connection);
        }
    }

    @Override
    public void onError(Session session, Throwable error) {
        LOG.log(Level.FINE, "WebSocket error", error);
    }
}
