package dev.skillfast.realtime.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonType;
import org.bson.io.BasicOutputBuffer;

import dev.skillfast.realtime.domain.ChatMessage;

/**
 * A batch's messages as one BSON document, {@code {v: 1, m: [{sessionId, seq, senderId, text, sentAt}…]}},
 * written and read with the driver's own streaming BSON writer and reader. Stored as binary, the block
 * is one value for the database however many messages it holds.
 */
final class MessageBlock {

    static final int VERSION = 1;

    private MessageBlock() {
    }

    static byte[] encode(List<ChatMessage> messages) {
        int chars = 0;
        for (ChatMessage m : messages) {
            chars += m.text().length();
        }
        BasicOutputBuffer buffer = new BasicOutputBuffer(32 + messages.size() * 160 + chars * 2);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            writer.writeInt32("v", VERSION);
            writer.writeStartArray("m");
            for (ChatMessage m : messages) {
                writer.writeStartDocument();
                writer.writeString("sessionId", m.sessionId());
                writer.writeInt64("seq", m.seq());
                writer.writeString("senderId", m.senderId());
                writer.writeString("text", m.text());
                writer.writeDateTime("sentAt", m.sentAt().toEpochMilli());
                writer.writeEndDocument();
            }
            writer.writeEndArray();
            writer.writeEndDocument();
        }
        return buffer.toByteArray();
    }

    static List<ChatMessage> decode(byte[] block) {
        List<ChatMessage> messages = new ArrayList<>();
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(block))) {
            reader.readStartDocument();
            int version = reader.readInt32("v");
            if (version != VERSION) {
                throw new IllegalStateException("Unknown chat message block version " + version);
            }
            reader.readName("m");
            reader.readStartArray();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                reader.readStartDocument();
                messages.add(new ChatMessage(reader.readString("sessionId"), reader.readInt64("seq"),
                        reader.readString("senderId"), reader.readString("text"),
                        Instant.ofEpochMilli(reader.readDateTime("sentAt"))));
                reader.readEndDocument();
            }
            reader.readEndArray();
            reader.readEndDocument();
        }
        return messages;
    }
}
