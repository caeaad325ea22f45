package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Cost centres over the admin API, and sessions charged to them, for the integration tests. */
final class CostCentres {

    private CostCentres() {
    }

    static String newCode() {
        return ("CC-" + CatalogueIT.uniqueWord()).toUpperCase().substring(0, 12);
    }

    static JsonObjectBuilder body(String code, long budget, Long limit, List<String> approvers) {
        JsonArrayBuilder approverIds = Json.createArrayBuilder();
        approvers.forEach(approverIds::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code).add("name", "Centre " + code)
                .add("currency", "EUR").add("monthlyBudget", budget).add("approverIds", approverIds).add("active", true);
        return limit == null ? body.addNull("perSessionLimit") : body.add("perSessionLimit", limit);
    }

    /** A new active centre with these members (asserting 201 and 200). */
    static String create(long budget, Long limit, List<String> approvers, Accounts.Session... members) {
        CatalogueIT.setUpAdmin();
        String code = newCode();
        HttpResponse<String> created = CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/cost-centres",
                body(code, budget, limit, approvers).build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (Accounts.Session member : members) {
            ids.add(member.userId());
        }
        HttpResponse<String> assigned = CatalogueIT.send(Accounts.cachedAdmin(), "PUT", "/api/admin/cost-centres/" + code
                + "/members", Json.createObjectBuilder().add("userIds", ids).build().toString());
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        return code;
    }

    static JsonObject centre(String code) {
        HttpResponse<String> got = Accounts.cachedAdmin().get("/api/admin/cost-centres/" + code);
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        return ItServer.json(got);
    }

    /** Asks for a session on the centre; expectedMinutes and approvalId may be null. */
    static HttpResponse<String> request(Accounts.Session client, String expertId, String code, Integer expectedMinutes,
                                        String approvalId) {
        JsonObjectBuilder fundedBy = Json.createObjectBuilder().add("type", "COST_CENTRE").add("code", code);
        if (approvalId != null) {
            fundedBy.add("approvalId", approvalId);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("expertId", expertId).add("channel", "CHAT")
                .add("fundedBy", fundedBy);
        if (expectedMinutes != null) {
            body.add("expectedMinutes", expectedMinutes);
        }
        return CatalogueIT.send(client, "POST", "/api/sessions", body.build().toString());
    }

    /** Waits (generously: a loaded machine's sweeps are slower) until the session ended; answers it. */
    static JsonObject awaitEnded(Accounts.Session who, String sessionId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject session = Billing.session(who, sessionId);
            if ("ENDED".equals(session.getString("state"))) {
                return session;
            }
            assertThat(System.nanoTime()).as("session ended in time").isLessThan(deadline);
            Billing.pause(Duration.ofMillis(250));
        }
    }

    static JsonObject report(Accounts.Session who, String code) {
        HttpResponse<String> report = who.get("/api/admin/cost-centres/" + code + "/report");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return ItServer.json(report);
    }
}
