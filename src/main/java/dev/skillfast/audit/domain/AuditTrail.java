package dev.skillfast.audit.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import dev.skillfast.audit.store.AuditStore;
import dev.skillfast.platform.web.RequestOrigin;

/**
 * Appends to the audit log: an administrator's action (the current request's signed-in user is the actor)
 * or a security event (the account concerned is actor and target). Before and after are stored as the JSON
 * the API shows of the target, so a reader sees what changed in the words of the API.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditStore store;

    @Inject
    Clock clock;

    @Inject
    Instance<RequestOrigin> origin;

    public AuditTrail() {
    }

    public AuditTrail(AuditStore store, Clock clock, Instance<RequestOrigin> origin) {
        this.store = store;
        this.clock = clock;
        this.origin = origin;
    }

    /** What an administrator did to {@code targetType} {@code targetId}. */
    public AuditRecord adminAction(AuditAction action, String targetType, String targetId, Object before, Object after,
                                   String reason) {
        RequestOrigin.Facts facts = RequestOrigin.current(origin);
        return append(facts, facts.userId(), facts.userName(), action, targetType, targetId, before, after, reason);
    }

    /** A security event about an account ({@code userName}: its e-mail); {@code details} go in "after". */
    public AuditRecord securityEvent(AuditAction action, String userId, String userName, Object details, String reason) {
        return append(RequestOrigin.current(origin), userId, userName, action, "user", userId, null, details, reason);
    }

    private AuditRecord append(RequestOrigin.Facts facts, String actorId, String actorName, AuditAction action,
                               String targetType, String targetId, Object before, Object after, String reason) {
        var at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // what a BSON date keeps, so the hash reads back
        String beforeJson = json(before);
        String afterJson = json(after);
        return store.append((seq, previousHash) -> new AuditRecord(seq, at, actorId, actorName, action.code(), targetType,
                targetId, beforeJson, afterJson, reason, facts.clientAddress(), facts.requestId(), previousHash, null)
                .sealed());
    }

    private static String json(Object value) {
        return value == null ? null : JSON.toJson(value);
    }
}
