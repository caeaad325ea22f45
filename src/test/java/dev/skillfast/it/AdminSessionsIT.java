package dev.skillfast.it;

import static dev.skillfast.it.LiveSessions.active;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The operations console's sessions (issue 22): the list of every session, and ending one with a reason. */
class AdminSessionsIT {

    private static HttpResponse<String> end(Accounts.Session who, String sessionId, String json) {
        return CatalogueIT.send(who, "POST", "/api/admin/sessions/" + sessionId + "/end", json);
    }

    @Test
    void onlyAdministratorsListAndEndSessions() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            String sessionId = active(client, expert, "CHAT");
            for (Accounts.Session notAdmin : List.of(client, expert)) {
                assertThat(notAdmin.get("/api/admin/sessions").statusCode()).isEqualTo(403);
                assertThat(end(notAdmin, sessionId, "{\"reason\":\"no\"}").statusCode()).isEqualTo(403);
            }
            assertThat(ItServer.get("/api/admin/sessions").statusCode()).isEqualTo(401);
            assertThat(Billing.session(client, sessionId).getString("state")).as("still running").isEqualTo("ACTIVE");
            assertThat(end(admin, sessionId, "{\"reason\":\"cleanup\"}").statusCode()).isEqualTo(200);
            JsonObject audited = AuditLogIT.onlyRecord(admin, "session.end", sessionId);
            assertThat(audited.getJsonObject("before").getString("state")).isEqualTo("ACTIVE");
            assertThat(audited.getJsonObject("after").getString("state")).isEqualTo("ENDED");
            assertThat(audited.getString("reason")).isEqualTo("cleanup");
        }
    }

    @Test
    void theListFiltersByStateChannelParticipantsAndDay() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            String sessionId = active(client, expert, "CHAT");
            // the day the server stamped on the request (not the test's clock: midnight may fall in between)
            LocalDate requested = Instant.parse(Billing.session(client, sessionId).getString("requestedAt"))
                    .atZone(ZoneOffset.UTC).toLocalDate();
            String today = requested.toString();

            JsonObject page = ItServer.json(admin.get("/api/admin/sessions?state=ACTIVE&clientId=" + client.userId()
                    + "&from=" + today + "&to=" + today));
            assertThat(page.getInt("total")).isEqualTo(1);
            JsonObject item = page.getJsonArray("items").getJsonObject(0);
            JsonObject listed = item.getJsonObject("session");
            assertThat(item.getJsonObject("connections").isNull("expertAwaySince")).as("the expert is connected").isTrue();
            assertThat(item.getJsonObject("connections").getString("clientAwaySince")).as("the client never connected")
                    .isNotBlank();
            assertThat(listed.getString("id")).isEqualTo(sessionId);
            assertThat(listed.getJsonObject("expert").getString("id")).isEqualTo(expert.userId());
            assertThat(listed.getJsonObject("billing").getString("currency")).isEqualTo("EUR");

            assertThat(ItServer.json(admin.get("/api/admin/sessions?expertId=" + expert.userId())).getInt("total")).isEqualTo(1);
            assertThat(ItServer.json(admin.get("/api/admin/sessions?clientId=" + client.userId() + "&channel=VIDEO"))
                    .getInt("total")).isZero();
            assertThat(ItServer.json(admin.get("/api/admin/sessions?clientId=" + client.userId() + "&state=ENDED"))
                    .getInt("total")).isZero();
            String tomorrow = requested.plusDays(1).toString();
            assertThat(ItServer.json(admin.get("/api/admin/sessions?clientId=" + client.userId() + "&from=" + tomorrow))
                    .getInt("total")).isZero();

            HttpResponse<String> bad = admin.get("/api/admin/sessions?state=LIVE&from=yesterday");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(ItServer.json(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).contains("state");
            assertThat(end(admin, sessionId, "{\"reason\":\"cleanup\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void administratorsWatchASessionLiveFromRequestToEnd() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        try (LiveClient console = LiveClient.connect(admin); LiveClient expertLine = LiveClient.connect(expert)) {
            String sessionId = active(client, expert, "CHAT");
            JsonObject accepted = console.await("ops.session",
                    f -> sessionId.equals(f.getString("sessionId")) && "accepted".equals(f.getString("event")));
            assertThat(accepted.getJsonObject("session").getString("state")).isEqualTo("ACTIVE");
            assertThat(accepted.getJsonObject("connections").isNull("expertAwaySince")).isTrue();

            try (LiveClient clientLine = LiveClient.connect(client)) {
                JsonObject present = console.await("ops.session", f -> sessionId.equals(f.getString("sessionId"))
                        && "presence".equals(f.getString("event")) && f.getJsonObject("connections").isNull("clientAwaySince"));
                assertThat(present.getJsonObject("session").getJsonObject("client").getString("id")).isEqualTo(client.userId());
                JsonObject tick = console.await("ops.session",
                        f -> sessionId.equals(f.getString("sessionId")) && "tick".equals(f.getString("event")));
                assertThat(tick.getJsonObject("session").getJsonObject("billing").getString("currency")).isEqualTo("EUR");

                assertThat(end(admin, sessionId, "{\"reason\":\"Closing the desk for maintenance.\"}").statusCode())
                        .isEqualTo(200);
                JsonObject ended = console.await("ops.session",
                        f -> sessionId.equals(f.getString("sessionId")) && "ended".equals(f.getString("event")));
                assertThat(ended.getJsonObject("session").getString("endNote")).isEqualTo("Closing the desk for maintenance.");
                clientLine.await("session.ended", f -> sessionId.equals(f.getString("sessionId")));
            }
            assertThat(expertLine.drain()).as("participants never get the console's feed")
                    .noneMatch(f -> "ops.session".equals(f.getString("type")));
        }
    }

    @Test
    void endingASessionSettlesItAndTellsBothParticipantsWhy() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String sessionId = active(client, expert, "CHAT");

            HttpResponse<String> blank = end(admin, sessionId, "{\"reason\":\"  \"}");
            assertThat(blank.statusCode()).isEqualTo(400);
            assertThat(ItServer.json(blank).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
            assertThat(end(admin, "no-such-session", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);

            String why = "The expert reported abuse; we are looking into it.";
            HttpResponse<String> ended = end(admin, sessionId, "{\"reason\":\"" + why + "\"}");
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            assertThat(ItServer.json(ended).getString("endReason")).isEqualTo("ADMIN");
            assertThat(ItServer.json(ended).getString("endNote")).isEqualTo(why);

            for (LiveClient line : List.of(clientLine, expertLine)) {
                JsonObject frame = line.await("session.ended", f -> sessionId.equals(f.getString("sessionId")));
                assertThat(frame.getJsonObject("session").getString("endReason")).isEqualTo("ADMIN");
                assertThat(frame.getJsonObject("session").getString("endNote")).isEqualTo(why);
            }
            JsonObject receipt = Billing.receipt(client, sessionId);
            assertThat(receipt.getString("currency")).isEqualTo("EUR");
            assertThat(Billing.session(expert, sessionId).getString("endNote")).isEqualTo(why);
            assertThat(end(admin, sessionId, "{\"reason\":\"again\"}").statusCode()).as("already ended").isEqualTo(409);
            assertThat(Billing.ledgerDifferences()).isEmpty();
        }
    }
}
