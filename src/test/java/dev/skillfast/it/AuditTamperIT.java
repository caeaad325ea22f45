package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The audit log's tamper evidence against the real servers (issue 22): a record changed directly in the
 * database is reported by verify at that record, on either server of the cluster. The cluster's database is
 * the tests' own stand-in, so the test can reach it; it puts the record back before it ends.
 */
class AuditTamperIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster();

    @Test
    void aRecordChangedInTheDatabaseIsFoundAtItsPlace() {
        ClusterNodes nodes = CLUSTER.nodes();
        Accounts.Session admin = Accounts.admin(nodes.a());
        for (int i = 0; i < 3; i++) {
            String userId = Accounts.newUser(nodes.a(), "CLIENT").userId();
            assertThat(CatalogueIT.send(admin, "PATCH", "/api/admin/users/" + userId, "{\"suspended\":true}").statusCode())
                    .isEqualTo(200);
        }
        JsonObject before = ItServer.json(admin.get("/api/admin/audit/verify"));
        assertThat(before.getBoolean("intact")).as(before.toString()).isTrue();
        long last = before.getJsonNumber("lastSeq").longValue();
        long tampered = last - 1;

        try (MongoClient client = MongoClients.create(nodes.mongodbUri())) {
            MongoCollection<Document> log = client.getDatabase("skillfast").getCollection("audit_log");
            Document original = log.find(Filters.eq("_id", tampered)).first();
            assertThat(original).isNotNull();
            log.updateOne(Filters.eq("_id", tampered), Updates.set("after", "{\"suspended\":false}"));
            try {
                for (Accounts.Session on : new Accounts.Session[] {admin, admin.on(nodes.b())}) {
                    JsonObject check = ItServer.json(on.get("/api/admin/audit/verify"));
                    assertThat(check.getBoolean("intact")).isFalse();
                    JsonObject broken = check.getJsonObject("firstBreak");
                    assertThat(broken.getJsonNumber("seq").longValue()).isEqualTo(tampered);
                    assertThat(broken.getString("problem")).isEqualTo("altered");
                }
            } finally {
                log.replaceOne(Filters.eq("_id", tampered), original);
            }
        }
        assertThat(ItServer.json(admin.get("/api/admin/audit/verify")).getBoolean("intact")).isTrue();
    }
}
