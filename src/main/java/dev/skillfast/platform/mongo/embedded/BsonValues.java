package dev.skillfast.platform.mongo.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** BSON values in H2 pages, behind a tag H2's own type never writes (its tags are 0 to 127). */
final class BsonValues {

    static final byte TAG = (byte) 0xBE;

    /** Each serialising thread's encoding buffer, reused (a fresh one per value was most of the writer's garbage). */
    private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    private static final int KEEP_AT_MOST = 1 << 20;

    private BsonValues() {
    }

    /** Writes the document as BSON; false (nothing written) when it holds a value the wire format has no type for. */
    static boolean write(WriteBuffer buffer, Document document) {
        ByteBuf bson = BUFFER.get().clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
            buffer.put(TAG);
            buffer.put(bson.nioBuffer());
            return true;
        } catch (RuntimeException e) {
            return false;
        } finally {
            if (bson.capacity() > KEEP_AT_MOST) {
                BUFFER.remove(); // one huge document does not pin its buffer for good
            }
        }
    }

    /** Roughly how much memory a decoded value takes (H2 splits pages and fills its cache by it). */
    static int estimate(Object value, int depth) {
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (depth > 8) {
            return 32;
        }
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + estimate(entry.getKey(), depth + 1) + estimate(entry.getValue(), depth + 1);
            }
            return size;
        }
        if (value instanceof Iterable<?> items) {
            int size = 40;
            for (Object item : items) {
                size += 8 + estimate(item, depth + 1);
            }
            return size;
        }
        return 24;
    }

    /** The BSON document at the buffer's position, or null (nothing read) when the value there is not one. */
    static Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != TAG) {
            return null;
        }
        buffer.get();
        int length = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(buffer.position());
        buffer.order(ByteOrder.BIG_ENDIAN);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
    }
}
