package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** GET /api/metrics (issue 22): Prometheus' text format, for administrators and the scrape token only. */
class MetricsIT {

    private static HttpResponse<String> scrapeWith(String password) {
        String basic = Base64.getEncoder().encodeToString(("prometheus:" + password).getBytes(StandardCharsets.UTF_8));
        return ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/metrics")).header("Authorization", "Basic " + basic)
                .GET().build());
    }

    @Test
    void onlyAdministratorsAndTheScrapeTokenReadMetrics() {
        assertThat(ItServer.get("/api/metrics").statusCode()).isEqualTo(401);
        assertThat(Accounts.newUser("CLIENT").get("/api/metrics").statusCode()).isEqualTo(403);
        assertThat(scrapeWith("not-the-token").statusCode()).isEqualTo(401);
        assertThat(Accounts.cachedAdmin().get("/api/metrics").statusCode()).isEqualTo(200);

        HttpResponse<String> scraped = scrapeWith(System.getProperty("skillfast.it.metrics.token"));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void theListedMetricsAreThere() {
        Accounts.Session admin = Accounts.cachedAdmin();
        Accounts.Session client = LiveSessions.client(admin, 10_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord());
        String body;
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            String sessionId = LiveSessions.active(client, expert, "CHAT");
            clientLine.send(LiveSessions.chat("metrics-1", sessionId, "hello metrics"));
            expertLine.await("chat.message");
            body = admin.get("/api/metrics").body();
            CatalogueIT.send(admin, "POST", "/api/admin/sessions/" + sessionId + "/end", "{\"reason\":\"metrics test\"}");
        }
        assertThat(body).contains("http_server_requests_seconds_count{method=\"POST\",status=\"201\",uri=\"/api/sessions\"}")
                .contains("skillfast_websocket_connections ")
                .contains("skillfast_chat_messages_total ")
                .containsPattern("skillfast_sessions\\{state=\"ACTIVE\"} [1-9]")
                .contains("skillfast_experts_online ")
                .contains("skillfast_mail_outbox{state=\"PENDING\"}")
                .contains("skillfast_billing_sweep_seconds_count")
                .contains("skillfast_billing_charges_total")
                .contains("jvm_memory_used_bytes");
    }
}
