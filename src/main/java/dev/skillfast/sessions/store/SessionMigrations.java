package dev.skillfast.sessions.store;

import static com.mongodb.client.model.Filters.exists;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import dev.skillfast.platform.mongo.SchemaMigration;
import dev.skillfast.sessions.domain.FundedBy;

/**
 * Schema version 1: sessions written before cost centres existed name no payer; their client's wallet
 * paid them, and now says so ({@code fundedBy: {type: WALLET}}), so every session document has the same
 * shape. Idempotent: only documents without the field are touched.
 */
@ApplicationScoped
public class SessionMigrations implements SchemaMigration {

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "sessions name who paid them (fundedBy WALLET for the ones from before cost centres)";
    }

    @Override
    public void apply(MongoDatabase database) {
        database.getCollection(SessionDocuments.COLLECTION).updateMany(exists("fundedBy", false),
                Updates.set("fundedBy", SessionDocuments.fundedBy(FundedBy.WALLET)));
    }
}
