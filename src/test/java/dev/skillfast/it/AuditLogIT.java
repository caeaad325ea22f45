package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The operations console's audit log, books and live figures (issue 22): administrators only; each listed
 * administrator action and security event leaves exactly one record, with what the target was before and after.
 */
class AuditLogIT {

    static final List<String> CONSOLE_READS = List.of("/api/admin/audit", "/api/admin/audit.csv", "/api/admin/audit/verify",
            "/api/admin/audit/actions", "/api/admin/journal", "/api/admin/journal.csv", "/api/admin/books/turnover",
            "/api/admin/operations", "/api/admin/dashboard");

    /** The records of one action on one target. */
    static List<JsonObject> records(Accounts.Session admin, String action, String target) {
        HttpResponse<String> page = admin.get("/api/admin/audit?size=100&action=" + action + "&target="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return ItServer.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The one record of {@code action} on {@code target}. */
    static JsonObject onlyRecord(Accounts.Session admin, String action, String target) {
        List<JsonObject> found = records(admin, action, target);
        assertThat(found).as(action + " on " + target).hasSize(1);
        return found.get(0);
    }

    @Test
    void onlyAdministratorsReadTheConsole() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = Accounts.newUser("CLIENT");
        for (String path : CONSOLE_READS) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(ItServer.get(path).statusCode()).as(path).isEqualTo(401);
            HttpResponse<String> read = admin.get(path);
            assertThat(read.statusCode()).as(path + ": " + read.body()).isEqualTo(200);
        }
        // no way to change a record: only GET is routed
        assertThat(CatalogueIT.send(admin, "DELETE", "/api/admin/audit", null).statusCode()).isEqualTo(405);
    }

    @Test
    void accountChangesAndGrantsAreRecordedOnceWithBeforeAndAfter() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session user = Accounts.newUser("CLIENT");
        String path = "/api/admin/users/" + user.userId();

        assertThat(CatalogueIT.send(admin, "PATCH", path, "{\"suspended\":true}").statusCode()).isEqualTo(200);
        JsonObject suspend = onlyRecord(admin, "user.suspend", user.userId());
        assertThat(suspend.getJsonObject("before").getBoolean("suspended")).isFalse();
        assertThat(suspend.getJsonObject("after").getBoolean("suspended")).isTrue();
        assertThat(suspend.getString("actorId")).isEqualTo(admin.userId());
        assertThat(suspend.getString("actorName")).isEqualTo(admin.email());
        assertThat(suspend.getString("clientAddress")).isNotBlank();
        assertThat(suspend.getString("requestId")).isNotBlank();

        assertThat(CatalogueIT.send(admin, "PATCH", path, "{\"suspended\":false}").statusCode()).isEqualTo(200);
        assertThat(onlyRecord(admin, "user.reactivate", user.userId()).getJsonObject("after").getBoolean("suspended")).isFalse();
        assertThat(CatalogueIT.send(admin, "PATCH", path, "{\"role\":\"EXPERT\"}").statusCode()).isEqualTo(200);
        JsonObject role = onlyRecord(admin, "user.role", user.userId());
        assertThat(role.getJsonObject("before").getString("role")).isEqualTo("CLIENT");
        assertThat(role.getJsonObject("after").getString("role")).isEqualTo("EXPERT");
        assertThat(CatalogueIT.send(admin, "PATCH", path, "{\"role\":\"EXPERT\"}").statusCode()).as("no change").isEqualTo(200);
        assertThat(records(admin, "user.role", user.userId())).as("a change that changed nothing").hasSize(1);

        String grantBody = "{\"userId\":\"" + user.userId() + "\",\"amount\":1234,\"currency\":\"EUR\",\"reason\":\"audit\"}";
        for (int attempt = 0; attempt < 2; attempt++) { // a retry with the same key grants, and is recorded, once
            assertThat(ItServer.send(admin.request("/api/admin/grants").header("Content-Type", "application/json")
                    .header("Idempotency-Key", "audit-" + user.userId())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(grantBody)).build()).statusCode()).isEqualTo(201);
        }
        JsonObject grant = onlyRecord(admin, "grant.create", user.userId());
        assertThat(grant.getJsonObject("before").getInt("balance")).isZero();
        assertThat(grant.getJsonObject("after").getInt("balance")).isEqualTo(1234);
        assertThat(grant.getString("reason")).isNotBlank();

        HttpResponse<String> csv = admin.get("/api/admin/audit.csv?target=" + user.userId());
        assertThat(csv.body().lines()).hasSize(5).first().asString().startsWith("seq,at,actorId");
    }

    @Test
    void categoryChangesAndVerificationsAreRecorded() {
        Accounts.Session admin = Accounts.cachedAdmin();
        String slug = "audit-" + CatalogueIT.uniqueWord();
        assertThat(CatalogueIT.send(admin, "POST", "/api/admin/categories", "{\"slug\":\"" + slug
                + "\",\"name\":{\"es\":\"Auditoría\",\"en\":\"Audit\"},\"description\":{\"es\":\"D\",\"en\":\"D\"}}")
                .statusCode()).isEqualTo(201);
        JsonObject created = onlyRecord(admin, "category.create", slug);
        assertThat(created.containsKey("before")).as("nothing before a creation").isFalse();
        assertThat(created.getJsonObject("after").getBoolean("active")).isTrue();
        assertThat(CatalogueIT.send(admin, "PATCH", "/api/admin/categories/" + slug, "{\"active\":false}").statusCode())
                .isEqualTo(200);
        JsonObject updated = onlyRecord(admin, "category.update", slug);
        assertThat(updated.getJsonObject("before").getBoolean("active")).isTrue();
        assertThat(updated.getJsonObject("after").getBoolean("active")).isFalse();

        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        JsonObject verified = onlyRecord(admin, "expert.verification", expert.userId());
        assertThat(verified.getJsonObject("before").getString("status")).isEqualTo("PENDING");
        assertThat(verified.getJsonObject("after").getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void securityEventsAreRecorded() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        for (int i = 0; i < 5; i++) {
            assertThat(Accounts.login(user.email(), "not-the-password-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(Accounts.login(user.email(), "not-the-password").statusCode()).as("locked").isEqualTo(429);
        Accounts.Session admin = Accounts.cachedAdmin();
        List<JsonObject> locked = records(admin, "auth.sign-in-locked", user.userId());
        assertThat(locked).as("the lock, then the attempt while locked").hasSize(2);
        assertThat(locked.get(1).getJsonObject("after").getInt("failures")).isEqualTo(5);
        assertThat(locked.get(0).getJsonObject("after").getBoolean("whileLocked")).isTrue();
        assertThat(locked.get(0).getString("actorName")).isEqualTo(user.email());

        Accounts.Session other = Accounts.newUser("CLIENT");
        assertThat(Accounts.refresh(other.refreshToken()).statusCode()).isEqualTo(200);
        assertThat(Accounts.refresh(other.refreshToken()).statusCode()).as("the rotated token again").isEqualTo(401);
        onlyRecord(admin, "auth.refresh-token-reuse", other.userId());
    }

    @Test
    void theChainOfARunningServerVerifies() {
        Accounts.Session admin = Accounts.cachedAdmin();
        LiveSessions.grant(admin, Accounts.newUser("CLIENT").userId(), 100);
        JsonObject check = ItServer.json(admin.get("/api/admin/audit/verify"));
        assertThat(check.getBoolean("intact")).as(check.toString()).isTrue();
        assertThat(check.getInt("records")).isPositive();
        assertThat(check.getJsonNumber("lastSeq").longValue()).isEqualTo(check.getInt("records"));
    }
}
