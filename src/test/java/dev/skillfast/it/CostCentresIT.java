package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Cost centres over the API: a centre's budget pays its members' sessions as a wallet would (minimum to
 * start, per-unit charges, the one-minute warning, the FUNDS end), its per-session limit caps a session,
 * only members charge it, its members come from administrators and from the sign-in claim, and its report
 * sums to its journal.
 */
class CostCentresIT {

    /** 1.00 EUR a 3-second unit, the first free: the first two units (the minimum to start) cost 1.00. */
    private static final long RATE = 100;

    @Test
    void aCentresBudgetPaysTheSessionUntilItRunsOutAndTheWalletIsNeverTouched() {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String poor = CostCentres.create(RATE - 1, null, List.of(), client);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            HttpResponse<String> refused = CostCentres.request(client, expert.userId(), poor, null, null);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(402);
            assertThat(ItServer.json(refused).getJsonObject("missing").getJsonNumber("amount").longValue()).isEqualTo(1);
            assertThat(ItServer.json(refused).getString("detail")).contains(poor);

            String code = CostCentres.create(2 * RATE + 50, null, List.of(), client);
            HttpResponse<String> created = CostCentres.request(client, expert.userId(), code, null, null);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject session = ItServer.json(created);
            assertThat(created.headers().firstValue("Location")).get().asString()
                    .endsWith("/api/sessions/" + session.getString("id")).doesNotContain("/api/api/");
            assertThat(session.getJsonObject("fundedBy").getString("type")).isEqualTo("COST_CENTRE");
            assertThat(session.getJsonObject("fundedBy").getString("code")).isEqualTo(code);
            String id = session.getString("id");
            assertThat(LiveSessions.act(expert, id, "accept").statusCode()).isEqualTo(200);

            JsonObject low = clientLine.await("balance.low", f -> id.equals(f.getString("sessionId")));
            assertThat(low.getJsonNumber("balance").longValue()).isEqualTo(50);
            JsonObject ended = CostCentres.awaitEnded(client, id);
            assertThat(ended.getString("endReason")).isEqualTo("FUNDS");
            JsonObject receipt = Billing.receipt(client, id);
            assertThat(receipt.getJsonNumber("total").longValue()).isEqualTo(2 * RATE);
            assertThat(Billing.balance(client)).as("the wallet paid nothing").isZero();
            assertThat(Billing.charges(client, id)).isEmpty();
            JsonObject centre = CostCentres.centre(code);
            assertThat(centre.getJsonNumber("balance").longValue()).isEqualTo(50);
            assertThat(centre.getJsonNumber("spentThisMonth").longValue()).isEqualTo(2 * RATE);
        }
        assertThat(Billing.ledgerDifferences()).isEmpty();
    }

    @Test
    void aSessionStopsAtTheCentresPerSessionLimit() {
        Accounts.Session client = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String code = CostCentres.create(100_000, 2 * RATE, List.of(), client);
        try (LiveClient expertLine = LiveClient.connect(expert); LiveClient clientLine = LiveClient.connect(client)) {
            HttpResponse<String> created = CostCentres.request(client, expert.userId(), code, null, null);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(ItServer.json(created).getJsonObject("fundedBy").getJsonNumber("limit").longValue()).isEqualTo(2 * RATE);
            String id = ItServer.json(created).getString("id");
            assertThat(LiveSessions.act(expert, id, "accept").statusCode()).isEqualTo(200);
            JsonObject low = clientLine.await("balance.low", f -> id.equals(f.getString("sessionId")));
            assertThat(low.getJsonNumber("balance").longValue()).as("what is left of the limit").isZero();
            assertThat(CostCentres.awaitEnded(client, id).getString("endReason")).isEqualTo("FUNDS");
            assertThat(Billing.receipt(client, id).getJsonNumber("total").longValue()).isEqualTo(2 * RATE);
            assertThat(CostCentres.centre(code).getJsonNumber("balance").longValue()).isEqualTo(100_000 - 2 * RATE);
        }
    }

    @Test
    void onlyAMemberChargesAnActiveCentreInTheExpertsCurrency() {
        Accounts.Session member = LiveSessions.client(0);
        Accounts.Session stranger = LiveSessions.client(0);
        Accounts.Session expert = LiveSessions.expert(CatalogueIT.uniqueWord());
        String code = CostCentres.create(100_000, null, List.of(), member);
        try (LiveClient expertLine = LiveClient.connect(expert)) {
            assertThat(CostCentres.request(stranger, expert.userId(), code, null, null).statusCode()).isEqualTo(403);
            assertThat(CostCentres.request(member, expert.userId(), "NO-SUCH-CC", null, null).statusCode()).isEqualTo(404);
            HttpResponse<String> noCode = CatalogueIT.send(member, "POST", "/api/sessions", "{\"expertId\":\""
                    + expert.userId() + "\",\"channel\":\"CHAT\",\"fundedBy\":{\"type\":\"COST_CENTRE\"}}");
            assertThat(noCode.statusCode()).isEqualTo(400);
            assertThat(noCode.body()).contains("fundedBy.code");

            String dollars = CostCentres.newCode();
            assertThat(CatalogueIT.send(Accounts.cachedAdmin(), "POST", "/api/admin/cost-centres", CostCentres.body(dollars,
                    100_000, null, List.of()).add("currency", "USD").build().toString()).statusCode()).isEqualTo(201);
            CatalogueIT.send(Accounts.cachedAdmin(), "PUT", "/api/admin/cost-centres/" + dollars + "/members",
                    "{\"userIds\":[\"" + member.userId() + "\"]}");
            HttpResponse<String> otherCurrency = CostCentres.request(member, expert.userId(), dollars, null, null);
            assertThat(otherCurrency.statusCode()).isEqualTo(409);
            assertThat(ItServer.json(otherCurrency).getString("detail")).contains("USD").contains("EUR");

            HttpResponse<String> closed = CatalogueIT.send(Accounts.cachedAdmin(), "PUT", "/api/admin/cost-centres/" + code,
                    CostCentres.body(code, 100_000, null, List.of()).add("active", false).build().toString());
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            assertThat(CostCentres.request(member, expert.userId(), code, null, null).statusCode()).isEqualTo(409);
        }
        assertThat(stranger.get("/api/admin/cost-centres").statusCode()).isEqualTo(403);
        assertThat(CatalogueIT.send(stranger, "PUT", "/api/admin/cost-centres/" + code + "/members", "{\"userIds\":[]}")
                .statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/admin/cost-centres/" + code + "/report").statusCode()).as("not its approver").isEqualTo(404);
        assertThat(ItServer.parse(member.get("/api/cost-centres/mine").body()).asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("code")).isEqualTo(code));
    }

    @Test
    void administratorsManageCentresWithFieldErrorsAndTheBudgetFollowsAChangedAmount() {
        CatalogueIT.setUpAdmin();
        Accounts.Session admin = Accounts.cachedAdmin();
        HttpResponse<String> bad = CatalogueIT.send(admin, "POST", "/api/admin/cost-centres",
                "{\"code\":\"lower case\",\"name\":\"\",\"currency\":\"EURO\",\"monthlyBudget\":-1,\"approverIds\":[]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("code").contains("name").contains("currency").contains("monthlyBudget");
        String code = CostCentres.create(1_000, null, List.of());
        assertThat(CatalogueIT.send(admin, "POST", "/api/admin/cost-centres",
                CostCentres.body(code, 1, null, List.of()).build().toString()).statusCode()).as("code taken").isEqualTo(409);
        HttpResponse<String> unknownApprover = CatalogueIT.send(admin, "PUT", "/api/admin/cost-centres/" + code,
                CostCentres.body(code, 1_000, null, List.of("no-such-user")).build().toString());
        assertThat(unknownApprover.statusCode()).isEqualTo(400);
        assertThat(unknownApprover.body()).contains("approverIds");
        assertThat(CostCentres.centre(code).getJsonNumber("balance").longValue()).isEqualTo(1_000);
        HttpResponse<String> raised = CatalogueIT.send(admin, "PUT", "/api/admin/cost-centres/" + code,
                CostCentres.body(code, 2_500, 500L, List.of()).build().toString());
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        assertThat(ItServer.json(raised).getJsonNumber("balance").longValue()).isEqualTo(2_500);
        assertThat(ItServer.json(raised).getJsonNumber("perSessionLimit").longValue()).isEqualTo(500);
    }

    @Test
    void membersComeFromAdministratorsAndFromTheSignInClaimEachKeptApart() throws Exception {
        Accounts.Session assigned = LiveSessions.client(0);
        String code = CostCentres.create(1_000, null, List.of(), assigned);
        String email = Accounts.uniqueEmail("cc-sso");
        ItOidc.server().enqueueCallback(new DefaultOAuth2TokenCallback(ItOidc.ISSUER_ID,
                "sub-" + email, "JWT", List.of(ItOidc.CLIENT_ID), Map.of("email", email, "name", "Ana Claim",
                "groups", List.of("staff"), "costCentre", List.of(code.toLowerCase(), "NOT-A-CENTRE")), 3600));
        HttpResponse<String> back = SsoIT.signIn("/");
        String refresh = Accounts.refreshCookie(back).orElseThrow();
        String token = ItServer.json(Accounts.refresh(refresh)).getString("accessToken");
        JsonObject mine = ItServer.parse(ItServer.send(HttpRequest.newBuilder(ItServer.uri("/api/cost-centres/mine"))
                .header("Authorization", "Bearer " + token).GET().build()).body()).asJsonArray().getJsonObject(0);
        assertThat(mine.getString("code")).isEqualTo(code);
        assertThat(mine.getBoolean("member")).isTrue();

        JsonObject members = ItServer.json(Accounts.cachedAdmin().get("/api/admin/cost-centres/" + code + "/members"));
        assertThat(members.getJsonArray("members").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("source")).containsExactlyInAnyOrder("ADMIN", "SSO");
        HttpResponse<String> emptied = CatalogueIT.send(Accounts.cachedAdmin(), "PUT", "/api/admin/cost-centres/" + code
                + "/members", Json.createObjectBuilder().add("userIds", Json.createArrayBuilder()).build().toString());
        assertThat(ItServer.json(emptied).getJsonArray("members").getValuesAs(JsonObject.class))
                .as("the administrators' list replaced; the claim's member stays")
                .singleElement().satisfies(m -> assertThat(m.getString("source")).isEqualTo("SSO"));
    }
}
