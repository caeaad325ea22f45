package dev.skillfast.audit.api;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.audit.domain.AuditRecord;

/** One audit record as the API shows it: before and after as the JSON they were. */
@Schema(name = "AuditRecord")
public record AuditRecordView(long seq, Instant at, String actorId, String actorName,
                              @Schema(example = "user.suspend") String action, String targetType, String targetId,
                              @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonValue before,
                              @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) JsonValue after,
                              String reason, String clientAddress, String requestId, String previousHash, String hash) {

    static AuditRecordView of(AuditRecord r) {
        return new AuditRecordView(r.seq(), r.at(), r.actorId(), r.actorName(), r.action(), r.targetType(), r.targetId(),
                parse(r.before()), parse(r.after()), r.reason(), r.clientAddress(), r.requestId(), r.previousHash(),
                r.hash());
    }

    private static JsonValue parse(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
