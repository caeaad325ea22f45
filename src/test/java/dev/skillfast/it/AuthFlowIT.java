package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, refresh rotation, reuse detection, logout, password change, suspension. */
class AuthFlowIT {

    @Test
    void registerLoginAndMe() {
        String email = Accounts.uniqueEmail("Ana.Flow");
        HttpResponse<String> registered = Accounts.register(email, Accounts.PASSWORD, "EXPERT");
        assertThat(registered.statusCode()).isEqualTo(201);
        JsonObject user = ItServer.json(registered);
        assertThat(user.getString("role")).isEqualTo("EXPERT");
        assertThat(registered.body()).doesNotContain("password").doesNotContain("Hash");

        // E-mail matching ignores case.
        HttpResponse<String> login = Accounts.login(email.toUpperCase(), Accounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        JsonObject session = ItServer.json(login);
        assertThat(session.getJsonNumber("expiresIn").longValue()).isEqualTo(900);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("skillfast_refresh=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api/auth");

        Accounts.Session signedIn = Accounts.session(login, email);
        HttpResponse<String> me = signedIn.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(me).getString("id")).isEqualTo(user.getString("id"));
    }

    @Test
    void aTakenEmailIs409WhateverItsCase() {
        String email = Accounts.uniqueEmail("dup");
        assertThat(Accounts.register(email, Accounts.PASSWORD, "CLIENT").statusCode()).isEqualTo(201);
        HttpResponse<String> again = Accounts.register(email.toUpperCase(), Accounts.PASSWORD, "CLIENT");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void nobodyRegistersAsAdmin() {
        HttpResponse<String> response = Accounts.register(Accounts.uniqueEmail("sneaky"), Accounts.PASSWORD, "ADMIN");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"role\"");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        HttpResponse<String> wrong = Accounts.login(user.email(), "not-the-password");
        HttpResponse<String> unknown = Accounts.login(Accounts.uniqueEmail("nobody"), "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(ItServer.json(wrong).getString("detail")).isEqualTo(ItServer.json(unknown).getString("detail"));
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesItsFamily() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        HttpResponse<String> first = Accounts.refresh(user.refreshToken());
        assertThat(first.statusCode()).isEqualTo(200);
        String second = Accounts.refreshCookie(first).orElseThrow();
        assertThat(second).isNotEqualTo(user.refreshToken());
        String newAccess = ItServer.json(first).getString("accessToken");
        assertThat(ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/me"))
                .header("Authorization", "Bearer " + newAccess).GET().build()).statusCode()).isEqualTo(200);

        // The old token again: reuse. It fails, and so does the successor it was rotated into.
        assertThat(Accounts.refresh(user.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(Accounts.refresh(second).statusCode()).isEqualTo(401);
    }

    @Test
    void nonBrowserClientsRefreshWithTheBody() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        HttpResponse<String> response = Accounts.postJson("/api/auth/refresh",
                "{\"refreshToken\":\"" + user.refreshToken() + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        String next = ItServer.json(response).getString("refreshToken");
        assertThat(Accounts.refresh(next).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheSignIn() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        HttpResponse<String> logout = ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/auth/logout"))
                .header("Cookie", "skillfast_refresh=" + user.refreshToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Max-Age=0"));
        assertThat(Accounts.refresh(user.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsOtherSignInsAndOldTokens() {
        Accounts.Session phone = Accounts.newUser("CLIENT");
        Accounts.Session laptop = Accounts.signIn(phone.email(), Accounts.PASSWORD);

        HttpResponse<String> wrongCurrent = ItServer.send(laptop.request("/api/me/password")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"currentPassword\":\"nope-nope-nope\",\"newPassword\":\"another-Password-43\"}")).build());
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("\"field\":\"currentPassword\"");

        HttpResponse<String> changed = ItServer.send(laptop.request("/api/me/password")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + Accounts.PASSWORD
                        + "\",\"newPassword\":\"another-Password-43\"}")).build());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        Accounts.Session renewed = Accounts.session(changed, phone.email());

        assertThat(Accounts.refresh(phone.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(Accounts.refresh(laptop.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(phone.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(renewed.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(Accounts.refresh(renewed.refreshToken()).statusCode()).isEqualTo(200);
        assertThat(Accounts.login(phone.email(), Accounts.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(Accounts.login(phone.email(), "another-Password-43").statusCode()).isEqualTo(200);
    }

    @Test
    void profileChangesAreValidated() {
        Accounts.Session user = Accounts.newUser("CLIENT");
        HttpResponse<String> ok = ItServer.send(user.request("/api/me").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Ana María\",\"language\":\"es\"}"))
                .build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(ok).getString("language")).isEqualTo("es");
        HttpResponse<String> bad = ItServer.send(user.request("/api/me").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"language\":\"fr\"}")).build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"language\"");
    }

    @Test
    void suspensionBlocksLoginRefreshAndLiveTokens() {
        Accounts.Session user = Accounts.newUser("EXPERT");
        Accounts.Session admin = Accounts.admin();
        assertThat(user.get("/api/me").statusCode()).isEqualTo(200);

        HttpResponse<String> suspended = ItServer.send(admin.request("/api/admin/users/" + user.userId())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"suspended\":true}")).build());
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(ItServer.json(suspended).getBoolean("suspended")).isTrue();

        assertThat(user.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Accounts.refresh(user.refreshToken()).statusCode()).isEqualTo(401);
        HttpResponse<String> login = Accounts.login(user.email(), Accounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(ItServer.json(login).getString("detail")).contains("suspended");

        ItServer.send(admin.request("/api/admin/users/" + user.userId()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"suspended\":false}")).build());
        assertThat(Accounts.login(user.email(), Accounts.PASSWORD).statusCode()).isEqualTo(200);
    }
}
