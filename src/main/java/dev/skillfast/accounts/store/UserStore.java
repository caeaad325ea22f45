package dev.skillfast.accounts.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import dev.skillfast.accounts.domain.Emails;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.accounts.domain.UserPage;
import dev.skillfast.platform.mongo.DuplicateKeys;

/** The {@code users} collection. */
@ApplicationScoped
public class UserStore {

    static final String COLLECTION = "users";

    @Inject
    MongoDatabase database;

    public UserStore() {
    }

    /** For tests outside the container. */
    public UserStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> users() {
        return database.getCollection(COLLECTION);
    }

    /**
     * Inserts a new account; false when its e-mail is taken (the unique index decides, even under races).
     */
    public boolean insert(User user) {
        return DuplicateKeys.insertUnlessTaken(users(), toDocument(user));
    }

    public Optional<User> findById(String id) {
        return Optional.ofNullable(users().find(eq("_id", id)).first()).map(UserStore::toUser);
    }

    public Optional<User> findByEmail(String email) {
        return Optional.ofNullable(users().find(eq("emailNormalized", Emails.normalize(email))).first())
                .map(UserStore::toUser);
    }

    /** The account linked to a single sign-on identity ("issuer subject"). */
    public Optional<User> findBySsoKey(String ssoKey) {
        return Optional.ofNullable(users().find(eq("ssoKey", ssoKey)).first()).map(UserStore::toUser);
    }

    /** Whether the account is linked to a single sign-on identity. */
    public boolean isLinked(String id) {
        return users().find(and(eq("_id", id), Filters.exists("ssoKey"))).limit(1).first() != null;
    }

    /**
     * Inserts an account created by a single sign-on, linked to its identity; false when its e-mail or
     * identity is taken (a concurrent first sign-in of the same person).
     */
    public boolean insertLinked(User user, String ssoKey) {
        return DuplicateKeys.insertUnlessTaken(users(), toDocument(user).append("ssoKey", ssoKey));
    }

    /** Links an existing account that has no identity yet; false when it has one already. */
    public boolean link(String id, String ssoKey) {
        return users().updateOne(and(eq("_id", id), Filters.exists("ssoKey", false)), Updates.set("ssoKey", ssoKey))
                .getModifiedCount() == 1;
    }

    /**
     * Keeps a linked account in step with its provider: name, role, and e-mail (unless another account has
     * that e-mail, which keeps the old one).
     */
    public Optional<User> syncFromProvider(String id, String email, String displayName, Role role, Instant now) {
        Bson common = Updates.combine(Updates.set("displayName", displayName), Updates.set("role", role.name()),
                Updates.set("updatedAt", Date.from(now)));
        try {
            return update(id, Updates.combine(common, Updates.set("email", email),
                    Updates.set("emailNormalized", Emails.normalize(email))));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return update(id, common);
            }
            throw e;
        }
    }

    public boolean anyWithRole(Role role) {
        return users().find(eq("role", role.name())).limit(1).first() != null;
    }

    /** Counts one more failed login and answers the new count. */
    public int recordLoginFailure(String id) {
        Document after = users().findOneAndUpdate(eq("_id", id), Updates.inc("loginFailures", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return after == null ? 0 : after.getInteger("loginFailures", 0);
    }

    public void lockUntil(String id, Instant until) {
        users().updateOne(eq("_id", id), Updates.set("lockedUntil", Date.from(until)));
    }

    public void clearLoginFailures(String id) {
        users().updateOne(eq("_id", id), Updates.combine(Updates.set("loginFailures", 0), Updates.unset("lockedUntil")));
    }

    public Optional<User> updateProfile(String id, String displayName, String language, Instant now) {
        List<Bson> changes = new ArrayList<>();
        if (displayName != null) {
            changes.add(Updates.set("displayName", displayName));
        }
        if (language != null) {
            changes.add(Updates.set("language", language));
        }
        changes.add(Updates.set("updatedAt", Date.from(now)));
        return update(id, Updates.combine(changes));
    }

    /** Sets a new password hash and raises the token version: every older access token stops working. */
    public Optional<User> updatePassword(String id, String passwordHash, Instant now) {
        return update(id, Updates.combine(
                Updates.set("passwordHash", passwordHash),
                Updates.set("mustChangePassword", false),
                Updates.inc("tokenVersion", 1),
                Updates.set("updatedAt", Date.from(now))));
    }

    public Optional<User> updateAdministration(String id, Boolean suspended, Role role, Instant now) {
        List<Bson> changes = new ArrayList<>();
        if (suspended != null) {
            changes.add(Updates.set("suspended", suspended));
        }
        if (role != null) {
            changes.add(Updates.set("role", role.name()));
        }
        changes.add(Updates.set("updatedAt", Date.from(now)));
        return update(id, Updates.combine(changes));
    }

    private Optional<User> update(String id, Bson update) {
        Document after = users().findOneAndUpdate(eq("_id", id), update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(UserStore::toUser);
    }

    /** One page of accounts, newest first; {@code query} matches e-mail or display name, ignoring case. */
    public UserPage search(String query, Role role, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            Pattern pattern = Pattern.compile(Pattern.quote(query.trim()), Pattern.CASE_INSENSITIVE);
            filters.add(or(regex("emailNormalized", pattern), regex("displayName", pattern)));
        }
        if (role != null) {
            filters.add(eq("role", role.name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        long total = users().countDocuments(filter);
        List<User> items = users().find(filter)
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size)
                .map(UserStore::toUser)
                .into(new ArrayList<>());
        return new UserPage(items, total);
    }

    static Document toDocument(User user) {
        Document document = new Document("_id", user.id())
                .append("email", user.email())
                .append("emailNormalized", Emails.normalize(user.email()))
                .append("displayName", user.displayName())
                .append("role", user.role().name())
                .append("language", user.language())
                .append("passwordHash", user.passwordHash())
                .append("suspended", user.suspended())
                .append("mustChangePassword", user.mustChangePassword())
                .append("createdAt", Date.from(user.createdAt()))
                .append("loginFailures", user.loginFailures())
                .append("tokenVersion", user.tokenVersion());
        return document;
    }

    static User toUser(Document d) {
        return new User(d.getString("_id"), d.getString("email"), d.getString("displayName"),
                Role.valueOf(d.getString("role")), d.getString("language"), d.getString("passwordHash"),
                d.getBoolean("suspended", false), d.getBoolean("mustChangePassword", false),
                instant(d, "createdAt"), d.getInteger("tokenVersion", 0), d.getInteger("loginFailures", 0),
                instant(d, "lockedUntil"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
