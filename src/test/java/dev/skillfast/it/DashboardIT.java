package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The dashboards (issue 22): who may read them, and a session's minutes, money, decision and review counted
 * in the administrators', the expert's and the client's figures; the replay of the history adds nothing twice.
 */
class DashboardIT {

    private static final String ADMIN = "/api/admin/dashboard";
    private static final String REBUILD = "/api/admin/dashboard/rebuild";
    private static final String EXPERT = "/api/me/dashboard/expert";
    private static final String CLIENT = "/api/me/dashboard/client";

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static JsonObject read(Accounts.Session who, String path) {
        HttpResponse<String> response = who.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ItServer.json(response);
    }

    /** Counting follows the settlement within moments: reads until the figures show it. */
    private static JsonObject readUntil(Accounts.Session who, String path, Predicate<JsonObject> shown) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            JsonObject figures = read(who, path);
            if (shown.test(figures)) {
                return figures;
            }
            assertThat(System.nanoTime()).as(path + " in time: " + figures).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static JsonObject last(JsonObject figures, String list) {
        List<JsonObject> items = figures.getJsonArray(list).getValuesAs(JsonObject.class);
        return items.get(items.size() - 1);
    }

    @Test
    void onlyTheirOwnersReadTheDashboards() {
        Accounts.Session client = Accounts.newUser("CLIENT");
        Accounts.Session expert = Accounts.newUser("EXPERT");
        for (String path : List.of(ADMIN, EXPERT, CLIENT)) {
            assertThat(ItServer.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(CatalogueIT.send(client, "POST", REBUILD, null).statusCode()).isEqualTo(403);
        assertThat(client.get(ADMIN).statusCode()).isEqualTo(403);
        assertThat(expert.get(ADMIN).statusCode()).isEqualTo(403);
        assertThat(client.get(EXPERT).statusCode()).isEqualTo(403);
        assertThat(read(expert, EXPERT).getJsonArray("weeks")).hasSize(12);
        assertThat(read(client, CLIENT).getJsonArray("months")).hasSize(12);
        assertThat(read(client, CLIENT).getJsonArray("experts")).isEmpty();
    }

    @Test
    void badPeriodsAreProblems() {
        Accounts.Session admin = Accounts.cachedAdmin();
        HttpResponse<String> backwards = admin.get(ADMIN + "?from=2026-12-07&to=2026-12-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(backwards.body()).contains("\"from\"");
        assertThat(admin.get(ADMIN + "?from=2024-01-01&to=2026-12-01").statusCode()).isEqualTo(400);
        assertThat(admin.get(ADMIN + "?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(admin.get(ADMIN + "?currency=euros").statusCode()).isEqualTo(400);
    }

    @Test
    void aSessionIsCountedInEveryDashboardOnce() {
        Accounts.Session admin = Accounts.cachedAdmin();
        String today = ADMIN + "?from=" + today() + "&to=" + today();
        JsonObject before = read(admin, today);
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());

        String sessionId;
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            sessionId = LiveSessions.active(client, expert, "CHAT");
            assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
        }
        JsonObject receipt = Billing.receipt(client, sessionId);
        long total = receipt.getJsonNumber("total").longValue();
        assertThat(CatalogueIT.send(client, "POST", "/api/sessions/" + sessionId + "/review", "{\"rating\":4,\"comment\":\"clear\"}")
                .statusCode()).isEqualTo(201);

        JsonObject mine = readUntil(client, CLIENT, f -> f.getJsonObject("totals").getInt("sessions") == 1);
        assertThat(last(mine, "months").getJsonNumber("spent").longValue()).isEqualTo(total);
        JsonObject withExpert = mine.getJsonArray("experts").getJsonObject(0);
        assertThat(withExpert.getString("expertId")).isEqualTo(expert.userId());
        assertThat(withExpert.getInt("sessions")).isEqualTo(1);

        JsonObject weeks = readUntil(expert, EXPERT, f -> f.getJsonObject("totals").getInt("reviews") == 1);
        JsonObject thisWeek = last(weeks, "weeks");
        assertThat(thisWeek.getInt("sessions")).isEqualTo(1);
        assertThat(thisWeek.getJsonNumber("earnings").longValue()).isEqualTo(receipt.getJsonNumber("expertEarning").longValue());
        assertThat(thisWeek.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.0);
        assertThat(thisWeek.getJsonNumber("cumulativeRating").doubleValue()).isEqualTo(4.0);

        JsonObject after = read(admin, today);
        assertThat(after.getJsonObject("totals").getInt("sessions")).isGreaterThan(before.getJsonObject("totals").getInt("sessions"));
        assertThat(after.getJsonObject("totals").getJsonNumber("turnover").longValue() - total)
                .isGreaterThanOrEqualTo(before.getJsonObject("totals").getJsonNumber("turnover").longValue());
        assertThat(after.getJsonObject("requests").getInt("accepted")).isGreaterThan(before.getJsonObject("requests").getInt("accepted"));
        assertThat(after.getJsonObject("newUsers").getInt("clients")).isGreaterThan(before.getJsonObject("newUsers").getInt("clients"));
        assertThat(after.getJsonArray("minutesPerDay")).hasSize(1);

        int audited = AuditLogIT.records(admin, "dashboard.rebuild", "rollups").size();
        CatalogueIT.send(admin, "POST", REBUILD, null);
        HttpResponse<String> again = CatalogueIT.send(admin, "POST", REBUILD, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(again).getInt("sessions")).as("a replay counts nothing twice").isZero();
        assertThat(ItServer.json(again).getInt("reviews")).isZero();
        assertThat(read(client, CLIENT).getJsonObject("totals").getInt("sessions")).isEqualTo(1);
        assertThat(AuditLogIT.records(admin, "dashboard.rebuild", "rollups")).hasSize(audited + 2);
    }
}
