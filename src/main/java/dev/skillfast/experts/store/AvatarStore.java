package dev.skillfast.experts.store;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.types.Binary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

import dev.skillfast.experts.domain.Avatar;

/** Avatar images, stored in MongoDB ({@code expert_avatars}), at most 1 MB each. */
@ApplicationScoped
public class AvatarStore {

    static final String COLLECTION = "expert_avatars";

    @Inject
    MongoDatabase database;

    private MongoCollection<Document> avatars() {
        return database.getCollection(COLLECTION);
    }

    public void save(String expertId, Avatar avatar, Instant now) {
        avatars().replaceOne(eq("_id", expertId), new Document("_id", expertId)
                .append("contentType", avatar.contentType()).append("data", new Binary(avatar.data()))
                .append("version", avatar.version()).append("updatedAt", Date.from(now)), new ReplaceOptions().upsert(true));
    }

    public Optional<Avatar> find(String expertId) {
        return Optional.ofNullable(avatars().find(eq("_id", expertId)).first())
                .map(d -> new Avatar(d.getString("contentType"), d.get("data", Binary.class).getData(), d.getString("version")));
    }

    public void delete(String expertId) {
        avatars().deleteOne(eq("_id", expertId));
    }
}
