package dev.skillfast.platform.mongo.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Documents as BSON (mongo-java-server's own wire encoder) instead of the Java-serialised maps of the
 * stock backend, which H2 redid for every document of a page each time one of them changed. Anything
 * else, and a document BSON cannot hold, is written as H2's default type writes it. Values written the
 * old way are still read (BSON values carry a tag H2 never writes) and become BSON when their page is
 * next written, so an old file needs no conversion; a file written here can no longer be opened by the
 * stock backend.
 */
final class DocumentValues extends ObjectDataType {

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document && BsonValues.write(buffer, document))) {
            super.write(buffer, value); // not a document, or one BSON cannot hold: the old way for this one
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        Document document = BsonValues.read(buffer);
        return document != null ? document : super.read(buffer);
    }

    /** A cheap estimate (H2 sizes its pages and cache by it); the default type would serialise the document to know. */
    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? BsonValues.estimate(value, 0) : super.getMemory(value);
    }
}
