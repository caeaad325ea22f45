package dev.skillfast.sessions.domain;

import java.util.Set;

/**
 * Where a consultation is. REQUESTED → ACTIVE | DECLINED | EXPIRED | CANCELLED; ACTIVE → ENDED. Every
 * state other than REQUESTED and ACTIVE is final.
 */
public enum SessionState {
    REQUESTED, ACTIVE, DECLINED, EXPIRED, CANCELLED, ENDED;

    private static final Set<SessionState> OPEN = Set.of(REQUESTED, ACTIVE);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
