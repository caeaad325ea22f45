package dev.skillfast.platform.mongo;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;

/** Unique indexes as rules: an insert or update that would break one is refused with DUPLICATE_KEY. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicate(MongoWriteException e) {
        return ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    /** Inserts the document; false when a unique index already holds one of its keys. */
    public static boolean insertUnlessTaken(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }
}
