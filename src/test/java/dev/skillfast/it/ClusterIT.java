package dev.skillfast.it;

import static dev.skillfast.it.LiveSessions.act;
import static dev.skillfast.it.LiveSessions.chat;
import static dev.skillfast.it.LiveSessions.messages;
import static dev.skillfast.it.LiveSessions.requested;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import jakarta.json.Json;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several servers (issue 19): two SkillFast nodes in one cluster on one MongoDB ({@link ClusterNodes},
 * shared with the other cluster tests through {@link SharedCluster}). They see each other, trust each
 * other's sign-ins and share accounts; a live session runs with its two participants on different nodes;
 * a killed node leaves the cluster and joins again when it is back.
 */
class ClusterIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster();

    private static final Duration GRACE = Duration.parse(System.getProperty("skillfast.it.disconnect-grace", "PT8S"));

    private static ClusterNodes nodes;
    private static Accounts.Session admin;

    @BeforeAll
    static void signInTheAdministrator() {
        nodes = CLUSTER.nodes();
        admin = Accounts.admin(nodes.a());
    }

    @Test
    void bothNodesAreMembersOfOneClusterWithDistinctNodeIds() {
        JsonObject a = nodes.infoA();
        JsonObject b = nodes.infoB();
        assertThat(a.getInt("clusterMembers")).as("members node A sees").isEqualTo(2);
        assertThat(b.getInt("clusterMembers")).as("members node B sees").isEqualTo(2);
        assertThat(a.getString("nodeId")).isNotBlank().isNotEqualTo(b.getString("nodeId"));
        assertThat(a.getString("databaseMode")).isEqualTo("EXTERNAL");
    }

    @Test
    void anAdministratorSignedInOnOneNodeIsTrustedByTheOther() {
        HttpResponse<String> onA = admin.get("/api/admin/users");
        HttpResponse<String> onB = admin.on(nodes.b()).get("/api/admin/users");
        assertThat(onA.statusCode()).as(onA.body()).isEqualTo(200);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(ItServer.json(admin.on(nodes.b()).get("/api/me")).getString("id")).isEqualTo(admin.userId());
    }

    @Test
    void anAccountRegisteredOnOneNodeSignsInOnTheOther() {
        Accounts.Session onA = Accounts.newUser(nodes.a(), "CLIENT");
        Accounts.Session onB = Accounts.signIn(nodes.b(), onA.email(), Accounts.PASSWORD);
        assertThat(onB.userId()).isEqualTo(onA.userId());
        HttpResponse<String> me = onB.get("/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(ItServer.json(me).getString("email")).isEqualTo(onA.email());
        // and the other way round: a token issued by B works on A
        assertThat(onB.on(nodes.a()).get("/api/me").statusCode()).isEqualTo(200);
    }

    /**
     * Acceptance 1 of issue 19. The client on node A, the expert on node B: presence, request, accept, chat
     * both ways, read marks, call signalling, billing ticks on both sides. Then B is killed (SIGKILL) mid-session: the expert
     * reconnects to A, the chat goes on with every message stored once and in order, no unit is charged
     * twice, and the session outlives the disconnect grace; B starts again and rejoins without ending it.
     * Ends the session and checks the receipt against the charges.
     */
    @Test
    void aLiveSessionAcrossNodesOutlivesTheLossOfOne() throws Exception {
        Accounts.Session client = LiveSessions.client(admin, 100_000);
        Accounts.Session expert = LiveSessions.expert(admin, CatalogueIT.uniqueWord()).on(nodes.b());
        String id;
        String killedNode;
        try (LiveClient clientLine = LiveClient.connect(client)) {
            // the client (A) watches the expert, who comes online on B
            clientLine.send(Json.createObjectBuilder().add("type", "presence.watch")
                    .add("expertIds", Json.createArrayBuilder().add(expert.userId())).build());
            assertThat(clientLine.await("presence.changed").getString("presence")).isEqualTo("OFFLINE");
            try (LiveClient expertLine = LiveClient.connect(expert)) {
                assertThat(clientLine.await("presence.changed").getString("presence")).isEqualTo("ONLINE");
                id = requested(client, expert.userId(), "VIDEO");
                expertLine.await("session.requested", m -> id.equals(m.getString("sessionId")));
                assertThat(act(expert, id, "accept").statusCode()).isEqualTo(200);
                clientLine.await("session.accepted", m -> id.equals(m.getString("sessionId")));

                exchange(clientLine, expertLine, id, "c1", "Hello from node A", 1);
                exchange(expertLine, clientLine, id, "e1", "Hello from node B", 2);
                expertLine.send(Json.createObjectBuilder().add("type", "chat.read").add("sessionId", id).add("seq", 1).build());
                assertThat(clientLine.await("chat.read").getInt("seq")).isEqualTo(1);
                clientLine.send(Json.createObjectBuilder().add("type", "rtc.offer").add("sessionId", id)
                        .add("sdp", "v=0 offer from A").build());
                assertThat(expertLine.await("rtc.offer").getString("sdp")).isEqualTo("v=0 offer from A");
                expertLine.send(Json.createObjectBuilder().add("type", "rtc.answer").add("sessionId", id)
                        .add("sdp", "v=0 answer from B").build());
                assertThat(clientLine.await("rtc.answer").getString("sdp")).isEqualTo("v=0 answer from B");
                clientLine.await("billing.tick", t -> id.equals(t.getString("sessionId")) && t.getInt("minutes") >= 2);
                expertLine.await("billing.tick", t -> id.equals(t.getString("sessionId")) && t.getInt("minutes") >= 2);

                killedNode = nodes.infoB().getString("nodeId");
                nodes.killB();
            }
            nodes.awaitMembersOnA(1);
            try (LiveClient expertBack = LiveClient.connect(expert.on(nodes.a()))) {
                exchange(clientLine, expertBack, id, "c2", "Still there?", 3);
                exchange(expertBack, clientLine, id, "e2", "Yes, now on node A", 4);
                // longer than the disconnect grace since the kill: the session goes on, billed as it goes
                Billing.pause(GRACE.plus(Billing.UNIT));
                assertThat(Billing.session(client, id).getString("state")).isEqualTo("ACTIVE");

                nodes.startB();
                assertThat(nodes.infoB().getString("nodeId")).as("a node id is new at every start").isNotEqualTo(killedNode);
                Billing.pause(GRACE.plus(Billing.UNIT));
                assertThat(Billing.session(client, id).getString("state")).as("B's start ended nothing").isEqualTo("ACTIVE");
                exchange(clientLine, expertBack, id, "c3", "And B is back", 5);

                assertThat(messages(client, id, 0).getJsonArray("items").getValuesAs(JsonObject.class))
                        .extracting(m -> m.getInt("seq") + ":" + m.getString("text"))
                        .containsExactly("1:Hello from node A", "2:Hello from node B", "3:Still there?",
                                "4:Yes, now on node A", "5:And B is back");
                assertThat(act(client, id, "end").statusCode()).isEqualTo(200);
                expertBack.await("session.ended", m -> id.equals(m.getString("sessionId")));
            }
        }
        JsonObject receipt = Billing.receipt(client, id);
        long units = receipt.getJsonNumber("unitsBilled").longValue();
        long free = receipt.getJsonNumber("freeUnits").longValue();
        assertThat(units).isEqualTo(Billing.unitsStarted(receipt));
        List<Long> charged = Billing.charges(client, id).stream().map(c -> c.getJsonNumber("unitIndex").longValue()).toList();
        assertThat(charged).as("each unit charged once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.range(free, units).boxed().toList());
    }

    /** {@code from} sends a chat message; both sides receive it with number {@code seq}, exactly once. */
    private static void exchange(LiveClient from, LiveClient to, String sessionId, String id, String text, int seq) {
        from.send(chat(id, sessionId, text));
        JsonObject received = to.await("chat.message", m -> sessionId.equals(m.getString("sessionId")) && m.getInt("seq") == seq);
        assertThat(received.getString("text")).isEqualTo(text);
        assertThat(from.awaitReply(id).getInt("seq")).isEqualTo(seq);
    }
}
