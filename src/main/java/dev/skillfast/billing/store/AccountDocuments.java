package dev.skillfast.billing.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Updates;

import dev.skillfast.billing.domain.AccountIds;
import dev.skillfast.billing.domain.LedgerAccount;

/**
 * The fields of an {@code accounts} document. Entry marks are an object whose keys are entry ids (a
 * refusal is {@code "!" + id}), so one update can add one and remove others; {@code rev} ("id#version",
 * unique) is the compare-and-set key of floor-guarded debits.
 */
final class AccountDocuments {

    static final String COLLECTION = "accounts";
    static final String MARKS = "marks";
    private static final String REFUSED = "!";

    private AccountDocuments() {
    }

    static String rev(String id, long version) {
        return id + '#' + version;
    }

    static String appliedMark(String entryId) {
        return MARKS + "." + entryId;
    }

    static String refusedMark(String entryId) {
        return MARKS + "." + REFUSED + entryId;
    }

    /** Removes the marks of these final entries, applied or refused, in the same update. */
    static void clearing(List<Bson> changes, Collection<String> entryIds) {
        for (String entryId : entryIds) {
            changes.add(Updates.unset(appliedMark(entryId)));
            changes.add(Updates.unset(refusedMark(entryId)));
        }
    }

    /** An increment without a floor, creating the account when it is the first. */
    static List<Bson> increment(String accountId, String currency, long amount, long credited, Instant now) {
        return List.of(Updates.inc("balance", amount), Updates.inc("lifetime", credited),
                Updates.set("updatedAt", Date.from(now)), Updates.setOnInsert("kind", AccountIds.kindOf(accountId)),
                Updates.setOnInsert("ownerId", AccountIds.ownerOf(accountId)), Updates.setOnInsert("currency", currency),
                Updates.setOnInsert("version", 0L), Updates.setOnInsert("rev", rev(accountId, 0)),
                Updates.setOnInsert("createdAt", Date.from(now)));
    }

    static Document newAccount(String id, String currency, Instant now) {
        return new Document("_id", id).append("kind", AccountIds.kindOf(id)).append("ownerId", AccountIds.ownerOf(id))
                .append("currency", currency).append("balance", 0L).append("lifetime", 0L).append("version", 0L)
                .append("rev", rev(id, 0)).append(MARKS, new Document()).append("createdAt", Date.from(now))
                .append("updatedAt", Date.from(now));
    }

    static long version(Document d) {
        return number(d.get("version"));
    }

    static LedgerAccount toAccount(Document d) {
        Document marks = d.get(MARKS, Document.class);
        Set<String> applied = new HashSet<>();
        Set<String> refused = new HashSet<>();
        if (marks != null) {
            for (String mark : marks.keySet()) {
                if (mark.startsWith(REFUSED)) {
                    refused.add(mark.substring(REFUSED.length()));
                } else {
                    applied.add(mark);
                }
            }
        }
        Date updated = d.getDate("updatedAt");
        return new LedgerAccount(d.getString("_id"), d.getString("kind"), d.getString("ownerId"), d.getString("currency"),
                number(d.get("balance")), number(d.get("lifetime")), applied, refused,
                updated == null ? null : updated.toInstant());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
