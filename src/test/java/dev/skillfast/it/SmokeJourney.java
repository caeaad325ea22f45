package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

/**
 * What proves a fresh installation works, on whatever server runs the WAR: health, the web app, the
 * administrator's sign-in, a new expert found by search, and a chat session over the WebSocket billed and
 * settled.
 */
final class SmokeJourney {

    private SmokeJourney() {
    }

    static void run(URI base, String adminEmail, String adminPassword) {
        assertThat(ItServer.send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build()).statusCode())
                .isEqualTo(200);
        JsonObject info = ItServer.json(ItServer.send(HttpRequest.newBuilder(base.resolve("/api/info")).GET().build()));
        assertThat(info.getString("databaseMode")).isEqualTo("EMBEDDED");
        assertThat(ItServer.send(HttpRequest.newBuilder(base.resolve("/")).GET().build()).body()).contains("<app-root");

        Accounts.Session admin = Accounts.signIn(base, adminEmail, adminPassword);
        String word = CatalogueIT.uniqueWord();
        Accounts.Session expert = LiveSessions.expert(admin, word);
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        HttpResponse<String> search = ItServer.send(HttpRequest.newBuilder(base.resolve("/api/experts?q=" + word)).GET().build());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(ItServer.json(search).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("id")).containsExactly(expert.userId());

        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String sessionId = LiveSessions.active(client, expert, "CHAT");
            clientLine.send(LiveSessions.chat("smoke-1", sessionId, "Hello from the smoke journey"));
            JsonObject received = expertLine.await("chat.message", m -> sessionId.equals(m.getString("sessionId")));
            assertThat(received.getString("text")).isEqualTo("Hello from the smoke journey");
            assertThat(LiveSessions.act(client, sessionId, "end").statusCode()).isEqualTo(200);
            assertThat(Billing.receipt(client, sessionId).getString("currency")).isEqualTo("EUR");
        }
    }
}
