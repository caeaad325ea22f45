package dev.skillfast.accounts.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import dev.skillfast.platform.mongo.MongoIndexes;

/** Accounts' indexes: one account per e-mail (case-insensitively), tokens looked up by family and user. */
@ApplicationScoped
public class AccountIndexes implements MongoIndexes {

    @Override
    public void ensureIndexes(MongoDatabase database) {
        database.getCollection(UserStore.COLLECTION)
                .createIndex(Indexes.ascending("emailNormalized"), new IndexOptions().unique(true).name("email_unique"));
        database.getCollection(UserStore.COLLECTION).createIndex(Indexes.ascending("role"));
        // One account per single sign-on identity; sparse: accounts without one are not in the index.
        database.getCollection(UserStore.COLLECTION).createIndex(Indexes.ascending("ssoKey"),
                new IndexOptions().unique(true).sparse(true).name("sso_unique"));
        database.getCollection(PasswordResetStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
        database.getCollection(SsoAttemptStore.COLLECTION).createIndex(Indexes.ascending("expiresAt"));
        database.getCollection(RefreshTokenStore.TOKENS).createIndex(Indexes.ascending("familyId"));
        database.getCollection(RefreshTokenStore.TOKENS).createIndex(Indexes.ascending("idleExpiresAt"));
        database.getCollection(RefreshTokenStore.FAMILIES).createIndex(Indexes.ascending("userId"));
        database.getCollection(RefreshTokenStore.FAMILIES).createIndex(Indexes.ascending("absoluteExpiresAt"));
    }
}
