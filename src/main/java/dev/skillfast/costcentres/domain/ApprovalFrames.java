package dev.skillfast.costcentres.domain;

import jakarta.json.stream.JsonGenerator;

import dev.skillfast.platform.web.JsonFrames;

/** The approvals' live frames (docs/realtime-protocol.md, "approval.*"), as JSON text. */
final class ApprovalFrames {

    private ApprovalFrames() {
    }

    /** To the centre's approvers: a client asks for a session above the limit. */
    static String requested(Approval a, String centreName) {
        return JsonFrames.frame("approval.requested", json -> approval(json, a, centreName));
    }

    /** To the client and the approvers: the approval was answered, expired or used. */
    static String decided(Approval a, String centreName) {
        return JsonFrames.frame("approval.decided", json -> approval(json, a, centreName));
    }

    private static void approval(JsonGenerator json, Approval a, String centreName) {
        json.writeStartObject("approval").write("id", a.id()).write("code", a.code()).write("centreName", centreName)
                .write("clientId", a.clientId()).write("clientName", a.clientName()).write("expertId", a.expertId())
                .write("expertName", a.expertName()).write("channel", a.channel().name())
                .write("expectedMinutes", a.expectedMinutes()).write("expectedCost", a.expectedCost())
                .write("currency", a.currency()).write("state", a.state().name())
                .write("requestedAt", a.requestedAt().toString()).write("expiresAt", a.expiresAt().toString());
        nullable(json, "decidedAt", a.decidedAt() == null ? null : a.decidedAt().toString());
        nullable(json, "decidedBy", a.decidedBy());
        nullable(json, "decidedByName", a.decidedByName());
        nullable(json, "note", a.note());
        nullable(json, "sessionId", a.sessionId());
        json.writeEnd();
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
