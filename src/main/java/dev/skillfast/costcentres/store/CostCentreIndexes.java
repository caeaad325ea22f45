package dev.skillfast.costcentres.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** One pending approval per client; members read by centre and by user; approvals by centre and by deadline. */
@ApplicationScoped
public class CostCentreIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(ApprovalStore.COLLECTION).createIndex(Indexes.ascending("pendingClient"),
                new IndexOptions().unique(true).sparse(true).name("one_pending_approval_per_client"));
        database.getCollection(ApprovalStore.COLLECTION).createIndex(Indexes.ascending("code", "state", "requestedAt"));
        database.getCollection(ApprovalStore.COLLECTION).createIndex(Indexes.ascending("state", "expiresAt"));
        database.getCollection(MemberStore.COLLECTION).createIndex(Indexes.ascending("code", "userId"));
        database.getCollection(MemberStore.COLLECTION).createIndex(Indexes.ascending("userId"));
        database.getCollection(CostCentreStore.COLLECTION).createIndex(Indexes.ascending("approverIds"));
    }
}
