package dev.skillfast.realtime.domain;

import java.time.Instant;
import java.util.function.Consumer;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import dev.skillfast.billing.domain.BalanceLow;
import dev.skillfast.billing.domain.BillingTick;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.web.JsonFrames;
import dev.skillfast.realtime.domain.Inbound.ErrorCode;

/**
 * The server's frames (docs/realtime-protocol.md), as JSON text. Written with JSON-P's streaming
 * generator straight to text: building an object first and then writing it took a map, a writer and a
 * second pass per frame, on the path every chat message takes.
 */
public final class Outbound {

    public static final int PROTOCOL = 1;
    private Outbound() {
    }

    private static String frame(String type, Consumer<JsonGenerator> members) {
        return JsonFrames.frame(type, members);
    }

    static String welcome(String userId, String role, Instant now) {
        return frame("welcome", json -> json.write("protocol", PROTOCOL).write("userId", userId).write("role", role)
                .write("serverTime", now.toString()));
    }

    static String pong(String replyTo) {
        return frame("pong", json -> replyTo(json, replyTo));
    }

    static String error(ErrorCode code, String message, String replyTo) {
        return frame("error", json -> replyTo(json.write("code", code.code()).write("message", message), replyTo));
    }

    static String chatMessage(ChatMessage m, String replyTo) {
        return frame("chat.message", json -> replyTo(json.write("sessionId", m.sessionId()).write("seq", m.seq())
                .write("senderId", m.senderId()).write("text", m.text()).write("sentAt", m.sentAt().toString()), replyTo));
    }

    static String typing(String sessionId, String userId) {
        return frame("chat.typing", json -> json.write("sessionId", sessionId).write("userId", userId));
    }

    static String read(String sessionId, String userId, long seq) {
        return frame("chat.read", json -> json.write("sessionId", sessionId).write("userId", userId).write("seq", seq));
    }

    static String presence(String expertId, Presence presence) {
        return frame("presence.changed", json -> json.write("expertId", expertId).write("presence", presence.name()));
    }

    static String session(String type, String sessionId, JsonObject session) {
        return frame("session." + type, json -> json.write("sessionId", sessionId).write("session", session));
    }

    /** The operations console's live feed: {@code event} is a {@code session.*} change or {@code tick} or {@code presence}. */
    static String opsSession(String event, String sessionId, JsonObject view) {
        return frame("ops.session", json -> json.write("event", event).write("sessionId", sessionId)
                .write("session", view.getJsonObject("session")).write("connections", view.getJsonObject("connections")));
    }

    static String billingTick(BillingTick t) {
        return frame("billing.tick", json -> {
            json.write("sessionId", t.sessionId()).write("minutes", t.minutes()).write("freeMinutes", t.freeMinutes())
                    .write("cost", t.cost()).write("currency", t.currency()).write("balance", t.balance())
                    .write("rate", t.rate());
            if (t.nextChargeAt() == null) {
                json.writeNull("nextChargeAt");
            } else {
                json.write("nextChargeAt", t.nextChargeAt().toString());
            }
        });
    }

    static String balanceLow(BalanceLow low) {
        return frame("balance.low", json -> json.write("sessionId", low.sessionId()).write("balance", low.balance())
                .write("rate", low.rate()).write("currency", low.currency()).write("endsAt", low.endsAt().toString()));
    }

    /** A relayed rtc.* frame: what the sender sent (type, sessionId, sdp or candidate) plus who sent it. */
    static String rtc(String type, String sessionId, String from, String sdp, JsonValue candidate) {
        return frame(type, json -> {
            json.write("sessionId", sessionId).write("from", from);
            if (sdp != null) {
                json.write("sdp", sdp);
            }
            if (candidate != null) {
                json.write("candidate", candidate);
            }
        });
    }

    private static JsonGenerator replyTo(JsonGenerator json, String replyTo) {
        return replyTo == null ? json.writeNull("replyTo") : json.write("replyTo", replyTo);
    }
}
