package dev.skillfast.realtime.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The gateway's meters: open WebSocket connections and users on this server, chat messages accepted. */
@ApplicationScoped
public class RealtimeMeters {

    @Inject
    MeterRegistry meters;

    @Inject
    Connections connections;

    private Counter chatMessages;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Gauge.builder("skillfast.websocket.connections", connections, Connections::size)
                .description("Open WebSocket connections on this server").register(meters);
        Gauge.builder("skillfast.websocket.users", connections, c -> c.users().size())
                .description("Users with a WebSocket connection on this server").register(meters);
        chatMessages();
    }

    /** Chat messages accepted for storing and delivery (its rate is chat messages per second). */
    public Counter chatMessages() {
        if (chatMessages == null) {
            chatMessages = Counter.builder("skillfast.chat.messages").description("Chat messages accepted")
                    .register(meters);
        }
        return chatMessages;
    }
}
