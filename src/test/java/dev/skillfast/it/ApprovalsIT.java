package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Sessions above a cost centre's per-session limit: the approver is told live and approves (the session
 * then runs under the approved amount, the approval is used once) or rejects (with a note the client
 * reads), nobody answering in time expires it, and only the centre's approvers answer. The centre's
 * report then sums to the journal, as JSON and CSV, for its approver too.
 */
class ApprovalsIT {

    private static final String APPROVALS = "/api/cost-centres/";

    private static JsonObject awaitingApproval(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonObject approval = ItServer.json(response).getJsonObject("approval");
        assertThat(approval.getString("state")).isEqualTo("PENDING");
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith(approval.getString("location"));
        return approval;
    }

    private static HttpResponse<String> answer(Accounts.Session who, String code, String id, String verb, String note) {
        return CatalogueIT.send(who, "POST", APPROVALS + code + "/approvals/" + id + "/" + verb,
                note == null ? "{}" : "{\"note\":\"" + note + "\"}");
    }

    @Test
    void anApproverApprovesALongSessionWhichRunsUnderTheApprovedAmountAndShowsInTheReport() {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session approver = LiveSessions.client(0);
        Accounts.Session bystander = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String code = CostCentres.create(1_000_000, 300L, List.of(approver.userId()), client);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client);
             LiveClient approverLine = LiveClient.connect(approver)) {
            JsonObject asked = awaitingApproval(CostCentres.request(client, expert.userId(), code, 10, null));
            String id = asked.getString("id");
            assertThat(asked.getJsonNumber("expectedCost").longValue()).as("200 units of 3 s, the first free").isEqualTo(19_900);

            JsonObject told = approverLine.await("approval.requested", f -> id.equals(f.getJsonObject("approval").getString("id")));
            assertThat(told.getJsonObject("approval").getString("expertName")).isNotBlank();
            List<JsonObject> inbox = ItServer.parse(approver.get(APPROVALS + "approvals").body()).asJsonArray()
                    .getValuesAs(JsonObject.class);
            assertThat(inbox).anySatisfy(a -> assertThat(a.getString("id")).isEqualTo(id));
            assertThat(ItServer.parse(bystander.get(APPROVALS + "approvals").body()).asJsonArray()).isEmpty();
            assertThat(answer(bystander, code, id, "approve", null).statusCode()).isEqualTo(404);
            assertThat(answer(client, code, id, "approve", null).statusCode()).as("not one's own").isEqualTo(404);
            assertThat(CostCentres.request(client, expert.userId(), code, 10, null).statusCode())
                    .as("one approval at a time").isEqualTo(409);

            HttpResponse<String> approved = answer(approver, code, id, "approve", "Go ahead");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(answer(approver, code, id, "reject", null).statusCode()).as("answered once").isEqualTo(409);
            JsonObject decided = clientLine.await("approval.decided", f -> id.equals(f.getJsonObject("approval").getString("id")));
            assertThat(decided.getJsonObject("approval").getString("state")).isEqualTo("APPROVED");
            assertThat(decided.getJsonObject("approval").getString("note")).isEqualTo("Go ahead");

            HttpResponse<String> started = CostCentres.request(client, expert.userId(), code, 10, id);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            JsonObject session = ItServer.json(started);
            assertThat(session.getJsonObject("fundedBy").getJsonNumber("limit").longValue()).isEqualTo(19_900);
            String sessionId = session.getString("id");
            JsonObject used = ItServer.json(client.get(APPROVALS + code + "/approvals/" + id));
            assertThat(used.getString("state")).isEqualTo("USED");
            assertThat(used.getString("sessionId")).isEqualTo(sessionId);

            assertThat(LiveSessions.act(expert, sessionId, "accept").statusCode()).isEqualTo(200);
            Billing.pause(Billing.UNIT.multipliedBy(5).plusMillis(500));
            assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
            long total = Billing.receipt(client, sessionId).getJsonNumber("total").longValue();
            assertThat(total).as("past the centre's limit of 300, within the approved amount").isGreaterThan(300);
            assertThat(CostCentres.request(client, expert.userId(), code, 10, id).statusCode()).as("used once").isEqualTo(409);

            JsonObject report = CostCentres.report(approver, code);
            List<JsonObject> lines = report.getJsonArray("lines").getValuesAs(JsonObject.class);
            assertThat(lines).singleElement().satisfies(l -> {
                assertThat(l.getString("sessionId")).isEqualTo(sessionId);
                assertThat(l.getJsonNumber("amount").longValue()).isEqualTo(total);
                assertThat(l.getString("clientId")).isEqualTo(client.userId());
            });
            assertThat(report.getJsonNumber("spent").longValue()).isEqualTo(total)
                    .isEqualTo(1_000_000 - CostCentres.centre(code).getJsonNumber("balance").longValue());
            assertThat(report.getJsonArray("people").getJsonObject(0).getJsonNumber("amount").longValue()).isEqualTo(total);
            HttpResponse<String> csv = approver.get("/api/admin/cost-centres/" + code + "/report?format=csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
            assertThat(csv.body().lines().toList()).hasSize(2);
            assertThat(csv.body().lines().toList().get(1)).contains(sessionId).contains(Long.toString(total / 100));
            assertThat(approver.get("/api/admin/cost-centres/" + code + "/report?month=2026-13").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void aRejectionReachesTheClientWithItsNoteAndAnUnansweredApprovalExpires() {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session approver = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String code = CostCentres.create(1_000_000, 300L, List.of(approver.userId()), client);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String rejectedId = awaitingApproval(CostCentres.request(client, expert.userId(), code, 30, null)).getString("id");
            HttpResponse<String> rejected = answer(approver, code, rejectedId, "reject", "Use the team channel instead");
            assertThat(ItServer.json(rejected).getString("state")).isEqualTo("REJECTED");
            JsonObject told = clientLine.await("approval.decided", f -> rejectedId.equals(f.getJsonObject("approval").getString("id")));
            assertThat(told.getJsonObject("approval").getString("note")).isEqualTo("Use the team channel instead");
            assertThat(CostCentres.request(client, expert.userId(), code, 30, rejectedId).statusCode()).isEqualTo(409);

            JsonObject waiting = awaitingApproval(CostCentres.request(client, expert.userId(), code, 30, null));
            String expiringId = waiting.getString("id");
            Billing.sleepUntil(Instant.parse(waiting.getString("expiresAt")).plusSeconds(1));
            JsonObject expired = clientLine.await("approval.decided", f -> expiringId.equals(f.getJsonObject("approval").getString("id")));
            assertThat(expired.getJsonObject("approval").getString("state")).isEqualTo("EXPIRED");
            assertThat(answer(approver, code, expiringId, "approve", null).statusCode()).as("too late").isEqualTo(409);
            assertThat(ItServer.json(client.get(APPROVALS + code + "/approvals/" + expiringId)).getString("state"))
                    .isEqualTo("EXPIRED");
        }
    }
}
