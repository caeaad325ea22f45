package dev.skillfast.audit.domain;

import java.time.Instant;

/**
 * One record of the audit log: who ({@code actorId}, {@code actorName}: their e-mail), when, what
 * ({@code action}, one of {@link AuditAction#code()}), to what ({@code targetType}, {@code targetId}), the
 * target before and after as JSON ({@code before}, {@code after}; null where there is none), the reason
 * given, and where from ({@code clientAddress}, {@code requestId}). {@code seq} counts from 1 without gaps;
 * {@code hash} seals all of it together with {@code previousHash}, the hash of record {@code seq - 1}.
 */
public record AuditRecord(long seq, Instant at, String actorId, String actorName, String action, String targetType,
                          String targetId, String before, String after, String reason, String clientAddress,
                          String requestId, String previousHash, String hash) {

    /** The same record sealed with its hash. */
    public AuditRecord sealed() {
        AuditRecord unsealed = new AuditRecord(seq, at, actorId, actorName, action, targetType, targetId, before, after,
                reason, clientAddress, requestId, previousHash, null);
        return new AuditRecord(seq, at, actorId, actorName, action, targetType, targetId, before, after, reason,
                clientAddress, requestId, previousHash, AuditChain.hash(unsealed));
    }
}
