package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

/** The "private stays private" half of {@link HostileInputIT}: photos of hidden experts, suspensions mid-session. */
final class HostilePrivacy {

    private HostilePrivacy() {
    }

    private static HttpResponse<String> upload(Accounts.Session who, byte[] png) {
        return ItServer.send(who.request("/api/experts/me/avatar").header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png)).build());
    }

    /** A pending, then verified, then suspended expert's photo: who may see it at each stage. */
    static void assertPrivateAvatar(Accounts.Session admin, byte[] png) {
        CatalogueIT.setUpAdmin();
        Accounts.Session pending = CatalogueIT.expert(CatalogueIT.profileJson("Hidden " + CatalogueIT.uniqueWord(), "Bio",
                List.of("privacy"), "programming", "en", "{\"CHAT\":100}", true), false);
        HttpResponse<String> uploaded = upload(pending, png);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String signed = ItServer.json(uploaded).getString("avatarUrl");
        assertThat(signed).contains("&t=");
        String plain = signed.substring(0, signed.indexOf("&t="));

        HostileInputIT.refused(ItServer.get(plain), 404);
        HostileInputIT.refused(Accounts.newUser("CLIENT").get(plain), 404);
        HostileInputIT.refused(ItServer.get(plain + "&t=" + tampered(signed.substring(signed.indexOf("&t=") + 3))), 404);
        Accounts.Session other = CatalogueIT.expert(CatalogueIT.profileJson("Hidden " + CatalogueIT.uniqueWord(), "Bio",
                List.of("privacy"), "programming", "en", "{\"CHAT\":100}", true), false);
        assertThat(upload(other, png).statusCode()).isEqualTo(200);
        HostileInputIT.refused(ItServer.get("/api/experts/" + other.userId() + "/avatar?t="
                + signed.substring(signed.indexOf("&t=") + 3)), 404); // a ticket opens its own expert's photo only
        assertThat(pending.get(plain).statusCode()).as("its owner").isEqualTo(200);
        assertThat(admin.get(plain).statusCode()).as("an administrator").isEqualTo(200);
        HttpResponse<String> withTicket = ItServer.get(signed);
        assertThat(withTicket.statusCode()).as("the owner's signed URL, as a browser loads it").isEqualTo(200);
        assertThat(withTicket.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("private"));
        String adminView = ItServer.json(admin.get("/api/experts/" + pending.userId())).getString("avatarUrl");
        assertThat(ItServer.get(adminView).statusCode()).as("the administrator's signed URL").isEqualTo(200);

        HttpResponse<String> verified = CatalogueIT.send(admin, "POST", "/api/admin/experts/" + pending.userId()
                + "/verification", "{\"status\":\"VERIFIED\"}");
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(verified).getString("avatarUrl")).isEqualTo(plain);
        assertThat(ItServer.get(plain).statusCode()).as("public once verified").isEqualTo(200);

        suspend(admin, pending.userId());
        HostileInputIT.refused(ItServer.get(plain), 404);
    }

    private static String tampered(String ticket) {
        char last = ticket.charAt(ticket.length() - 1);
        return ticket.substring(0, ticket.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private static void suspend(Accounts.Session admin, String userId) {
        HttpResponse<String> suspended = CatalogueIT.send(admin, "PATCH", "/api/admin/users/" + userId, "{\"suspended\":true}");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    }

    /** Suspended mid-session: the session is over when the suspension answers, reason SUSPENDED, settled. */
    static void assertSuspensionEndsTheSession(Accounts.Session admin) {
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        Accounts.Session client = LiveSessions.client(10_000);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String id = LiveSessions.active(client, expert, "CHAT");
            suspend(admin, client.userId());
            JsonObject session = Billing.session(expert, id);
            assertThat(session.getString("state")).isEqualTo("ENDED");
            assertThat(session.getString("endReason")).isEqualTo("SUSPENDED");
            JsonObject told = expertLine.await("session.ended", e -> id.equals(e.getString("sessionId")));
            assertThat(told.getJsonObject("session").getString("endReason")).isEqualTo("SUSPENDED");
            JsonObject receipt = Billing.receipt(expert, id);
            assertThat(receipt.getJsonNumber("unitsBilled").longValue()).isEqualTo(Billing.unitsStarted(receipt));
            assertThat(clientLine.awaitClose()).isEqualTo(1008);
        }
    }
}
