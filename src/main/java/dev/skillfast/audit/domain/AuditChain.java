package dev.skillfast.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The hash that chains the audit log: SHA-256 over the record's fields, its predecessor's hash included, in
 * one fixed order as a JSON array (so no field can be moved into another without the hash changing).
 * Changing any stored field, removing a record or reordering them breaks the chain at that record.
 */
public final class AuditChain {

    private AuditChain() {
    }

    public static String hash(AuditRecord r) {
        JsonArrayBuilder fields = Json.createArrayBuilder().add(r.seq()).add(r.at().toEpochMilli());
        for (String field : new String[] {r.actorId(), r.actorName(), r.action(), r.targetType(), r.targetId(),
                r.before(), r.after(), r.reason(), r.clientAddress(), r.requestId(), r.previousHash()}) {
            if (field == null) {
                fields.addNull();
            } else {
                fields.add(field);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(fields.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
