package dev.skillfast.realtime.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.realtime.store.MessageStore;
import dev.skillfast.sessions.domain.SessionService;

/** Reading a session's chat: its participants and administrators, in any state. */
@ApplicationScoped
public class ChatHistory {

    @Inject
    SessionService sessions;

    @Inject
    MessageStore store;

    public List<ChatMessage> after(String sessionId, String userId, boolean admin, long afterSeq, int limit) {
        sessions.view(sessionId, userId, admin);
        return store.after(sessionId, afterSeq, limit);
    }
}
