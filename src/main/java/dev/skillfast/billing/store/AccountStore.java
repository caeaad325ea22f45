package dev.skillfast.billing.store;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import dev.skillfast.billing.domain.LedgerAccount;
import dev.skillfast.platform.mongo.ByIds;

/**
 * Reading the {@code accounts} collection (one document per ledger account with its balance), and
 * clearing the marks of final entries. Moving money is {@link AccountPostingStore}'s.
 */
@ApplicationScoped
public class AccountStore {

    @Inject
    MongoDatabase database;

    public AccountStore() {
    }

    public AccountStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> accounts() {
        return database.getCollection(AccountDocuments.COLLECTION);
    }

    public Optional<LedgerAccount> find(String id) {
        return Optional.ofNullable(accounts().find(eq("_id", id)).first()).map(AccountDocuments::toAccount);
    }

    /** Accounts with these ids (missing ones are left out). */
    public List<LedgerAccount> findAll(Collection<String> ids) {
        return ByIds.find(accounts(), ids, null, AccountDocuments::toAccount);
    }

    /** Every account of one owner and kind. */
    public List<LedgerAccount> ofOwner(String ownerId, String kind) {
        return accounts().find(Filters.and(eq("ownerId", ownerId), eq("kind", kind))).map(AccountDocuments::toAccount)
                .into(new ArrayList<>());
    }

    /** Every account, for the ledger check. */
    public List<LedgerAccount> all() {
        return accounts().find().map(AccountDocuments::toAccount).into(new ArrayList<>());
    }

    /** Up to {@code limit} accounts holding marks that {@code wanted} accepts. */
    public List<LedgerAccount> withMarks(int limit, Predicate<LedgerAccount> wanted) {
        // the embedded store cannot filter on "an object with any key", so the accounts are read once and
        // filtered here (recovery's housekeeping: at its first run, then every quarter of an hour)
        List<LedgerAccount> marked = new ArrayList<>();
        for (Document d : accounts().find()) {
            LedgerAccount account = AccountDocuments.toAccount(d);
            if (account.hasMarks() && wanted.test(account)) {
                marked.add(account);
                if (marked.size() >= limit) {
                    break;
                }
            }
        }
        return marked;
    }

    /** Forgets the marks of these final entries (applied or refused), for many accounts in one unordered write. */
    public void clearMarksAll(Map<String, ? extends Collection<String>> entryIdsByAccount) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        entryIdsByAccount.forEach((accountId, entryIds) -> {
            List<Bson> changes = new ArrayList<>();
            AccountDocuments.clearing(changes, entryIds);
            if (!changes.isEmpty()) {
                writes.add(new UpdateOneModel<>(eq("_id", accountId), Updates.combine(changes)));
            }
        });
        if (!writes.isEmpty()) {
            accounts().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }
}
