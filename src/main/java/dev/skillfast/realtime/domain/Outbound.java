package dev.skillfast.realtime.domain;

import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import dev.skillfast.billing.domain.BalanceLow;
import dev.skillfast.billing.domain.BillingTick;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.realtime.domain.Inbound.ErrorCode;

/** The server's frames (docs/realtime-protocol.md), as JSON text. */
public final class Outbound {

    public static final int PROTOCOL = 1;
    /** One factory for all frames: {@code Json.createObjectBuilder()} looks the provider up on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private Outbound() {
    }

    static String welcome(String userId, String role, Instant now) {
        return JSON.createObjectBuilder().add("type", "welcome").add("protocol", PROTOCOL).add("userId", userId)
                .add("role", role).add("serverTime", now.toString()).build().toString();
    }

    static String pong(String replyTo) {
        return withReply(JSON.createObjectBuilder().add("type", "pong"), replyTo).build().toString();
    }

    static String error(ErrorCode code, String message, String replyTo) {
        return withReply(JSON.createObjectBuilder().add("type", "error").add("code", code.code()).add("message", message),
                replyTo).build().toString();
    }

    static String chatMessage(ChatMessage m, String replyTo) {
        return withReply(JSON.createObjectBuilder().add("type", "chat.message").add("sessionId", m.sessionId())
                .add("seq", m.seq()).add("senderId", m.senderId()).add("text", m.text())
                .add("sentAt", m.sentAt().toString()), replyTo).build().toString();
    }

    static String typing(String sessionId, String userId) {
        return JSON.createObjectBuilder().add("type", "chat.typing").add("sessionId", sessionId).add("userId", userId)
                .build().toString();
    }

    static String read(String sessionId, String userId, long seq) {
        return JSON.createObjectBuilder().add("type", "chat.read").add("sessionId", sessionId).add("userId", userId)
                .add("seq", seq).build().toString();
    }

    static String presence(String expertId, Presence presence) {
        return JSON.createObjectBuilder().add("type", "presence.changed").add("expertId", expertId)
                .add("presence", presence.name()).build().toString();
    }

    static String session(String type, String sessionId, JsonObject session) {
        return JSON.createObjectBuilder().add("type", "session." + type).add("sessionId", sessionId)
                .add("session", session).build().toString();
    }

    static String billingTick(BillingTick t) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", "billing.tick").add("sessionId", t.sessionId())
                .add("minutes", t.minutes()).add("freeMinutes", t.freeMinutes()).add("cost", t.cost())
                .add("currency", t.currency()).add("balance", t.balance()).add("rate", t.rate());
        return (t.nextChargeAt() == null ? b.addNull("nextChargeAt") : b.add("nextChargeAt", t.nextChargeAt().toString()))
                .build().toString();
    }

    static String balanceLow(BalanceLow low) {
        return JSON.createObjectBuilder().add("type", "balance.low").add("sessionId", low.sessionId())
                .add("balance", low.balance()).add("rate", low.rate()).add("currency", low.currency())
                .add("endsAt", low.endsAt().toString()).build().toString();
    }

    /** A relayed rtc.* frame: what the sender sent (type, sessionId, sdp or candidate) plus who sent it. */
    static String rtc(String type, String sessionId, String from, String sdp, JsonValue candidate) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", type).add("sessionId", sessionId).add("from", from);
        if (sdp != null) {
            b.add("sdp", sdp);
        }
        if (candidate != null) {
            b.add("candidate", candidate);
        }
        return b.build().toString();
    }

    private static JsonObjectBuilder withReply(JsonObjectBuilder builder, String replyTo) {
        return replyTo == null ? builder.addNull("replyTo") : builder.add("replyTo", replyTo);
    }
}
