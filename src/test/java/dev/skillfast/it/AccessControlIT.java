package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Roles and ownership on the account endpoints; administrators' user management. */
class AccessControlIT {

    @Test
    void noTokenIsAProblem401() {
        HttpResponse<String> response = ItServer.get("/api/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void clientsAndExpertsCannotAdminister() {
        for (String role : new String[] {"CLIENT", "EXPERT"}) {
            Accounts.Session user = Accounts.newUser(role);
            assertThat(user.get("/api/admin/users").statusCode()).isEqualTo(403);
            HttpResponse<String> patch = ItServer.send(user.request("/api/admin/users/" + user.userId())
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"ADMIN\"}")).build());
            assertThat(patch.statusCode()).isEqualTo(403);
            assertThat(patch.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        }
    }

    @Test
    void adminsFindUsersByTextAndRole() {
        Accounts.Session expert = Accounts.newUser("EXPERT");
        Accounts.Session admin = Accounts.admin();
        String local = expert.email().substring(0, expert.email().indexOf('@'));
        HttpResponse<String> found = admin.get("/api/admin/users?q=" + local.toUpperCase() + "&role=EXPERT&size=5");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonObject page = ItServer.json(found);
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(5);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("email")).isEqualTo(expert.email());

        assertThat(admin.get("/api/admin/users?role=CLIENT&q=" + local).body()).contains("\"total\":0");
        assertThat(admin.get("/api/admin/users?size=1000").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/admin/users?role=KING").statusCode()).isEqualTo(400);
        // A regular-expression look-alike is matched literally.
        assertThat(admin.get("/api/admin/users?q=.*").body()).contains("\"total\":0");
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRefresh() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        Accounts.Session admin = Accounts.admin();
        HttpResponse<String> promoted = ItServer.send(admin.request("/api/admin/users/" + user.userId())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"EXPERT\"}")).build());
        assertThat(promoted.statusCode()).isEqualTo(200);
        // The old token claims CLIENT: out of date.
        assertThat(user.get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> refreshed = Accounts.refresh(user.refreshToken());
        assertThat(ItServer.json(refreshed).getJsonObject("user").getString("role")).isEqualTo("EXPERT");
    }

    @Test
    void adminsCannotSuspendOrDemoteThemselves() {
        Accounts.Session admin = Accounts.admin();
        for (String body : new String[] {"{\"suspended\":true}", "{\"role\":\"CLIENT\"}"}) {
            HttpResponse<String> response = ItServer.send(admin.request("/api/admin/users/" + admin.userId())
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
            assertThat(response.statusCode()).isEqualTo(409);
        }
    }

    @Test
    void unknownUserIs404() {
        HttpResponse<String> response = ItServer.send(Accounts.admin().request("/api/admin/users/no-such-id")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"suspended\":true}")).build());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        HttpResponse<String> allowed = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/auth/login"))
                .header("Origin", "https://partner.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://partner.example.com");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");

        HttpResponse<String> refused = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/auth/login"))
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> plain = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/info"))
                .header("Origin", "https://evil.example.net").GET().build());
        assertThat(plain.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
