package dev.skillfast.bench.relay;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The simplest chat relay Jakarta WebSocket allows, the baseline of ChatCostBenchmark: the two sockets of
 * a pair find each other by the path parameter, and every text frame is sent verbatim to the partner with
 * {@code getBasicRemote().sendText} on the thread that read it. No parsing, no checks, no storage.
 * <p>
 * One blocking send at a time per socket holds because only the partner writes to a socket, and the
 * container delivers one socket's messages one after the other. A message whose partner is not connected
 * is dropped (the load client connects both sides before it sends).
 * <p>
 * Test code only: ChatCostBenchmark packages this class alone into a WAR for a second Liberty server.
 */
@ServerEndpoint("/relay/{pair}")
public class BareRelay {

    private static final Map<String, Set<Session>> PAIRS = new ConcurrentHashMap<>();

    @OnOpen
    public void open(Session session, @PathParam("pair") String pair) {
        PAIRS.computeIfAbsent(pair, p -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @OnMessage
    public void relay(String text, Session session, @PathParam("pair") String pair) throws IOException {
        for (Session partner : PAIRS.getOrDefault(pair, Set.of())) {
            if (partner != session) {
                partner.getBasicRemote().sendText(text);
            }
        }
    }

    @OnClose
    public void close(Session session, @PathParam("pair") String pair) {
        PAIRS.computeIfPresent(pair, (p, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }
}
