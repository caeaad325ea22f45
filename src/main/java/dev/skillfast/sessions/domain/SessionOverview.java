package dev.skillfast.sessions.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.sessions.store.SessionSearch;
import dev.skillfast.sessions.store.SessionStore;

/** The administrators' view over every session (issue 22's operations console). */
@ApplicationScoped
public class SessionOverview {

    @Inject
    SessionSearch search;

    @Inject
    SessionStore store;

    /** The user's ACTIVE sessions, as client or expert. */
    public List<Session> activeOf(String userId) {
        return store.activeOf(userId);
    }

    /** The sessions the filter matches, newest first. */
    public List<Session> find(SessionFilter filter, int page, int size) {
        return search.find(filter, page, size);
    }

    public long count(SessionFilter filter) {
        return search.count(filter);
    }
}
