package dev.skillfast.costcentres.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import dev.skillfast.costcentres.domain.Member;

/**
 * The {@code cost_centre_members} collection: one document per centre, user and source (an administrator's
 * assignment and the identity provider's claim are kept apart, so each replaces only its own).
 */
@ApplicationScoped
public class MemberStore {

    static final String COLLECTION = "cost_centre_members";

    @Inject
    MongoDatabase database;

    public MemberStore() {
    }

    /** For tests outside the container. */
    public MemberStore(MongoDatabase database) {
        this.database = database;
    }

    private MongoCollection<Document> members() {
        return database.getCollection(COLLECTION);
    }

    public boolean isMember(String code, String userId) {
        return members().countDocuments(and(eq("code", code), eq("userId", userId))) > 0;
    }

    public List<Member> of(String code) {
        return members().find(eq("code", code)).sort(Sorts.ascending("userId", "source")).map(MemberStore::toMember)
                .into(new ArrayList<>());
    }

    /** How many people belong to the centre (someone both assigned and claimed counts once). */
    public long countOf(String code) {
        Set<String> people = new HashSet<>();
        members().find(eq("code", code)).projection(Projections.include("userId")).forEach(d -> people.add(d.getString("userId")));
        return people.size();
    }

    /** The codes of the centres this user belongs to. */
    public Set<String> codesOf(String userId) {
        Set<String> codes = new TreeSet<>();
        members().find(eq("userId", userId)).projection(Projections.include("code")).forEach(d -> codes.add(d.getString("code")));
        return codes;
    }

    /** The members of one source of a centre become exactly these users. */
    public void replaceOfCentre(String code, Member.Source source, Collection<String> userIds, Instant at) {
        members().deleteMany(and(eq("code", code), eq("source", source.name()), nin("userId", userIds)));
        userIds.forEach(userId -> add(code, userId, source, at));
    }

    /** The centres one user belongs to by one source become exactly these codes. */
    public void replaceOfUser(String userId, Member.Source source, Collection<String> codes, Instant at) {
        members().deleteMany(and(eq("userId", userId), eq("source", source.name()), nin("code", codes)));
        codes.forEach(code -> add(code, userId, source, at));
    }

    private void add(String code, String userId, Member.Source source, Instant at) {
        members().updateOne(Filters.eq("_id", code + '|' + userId + '|' + source.name()),
                Updates.combine(Updates.setOnInsert("code", code), Updates.setOnInsert("userId", userId),
                        Updates.setOnInsert("source", source.name()), Updates.setOnInsert("since", Date.from(at))),
                new UpdateOptions().upsert(true));
    }

    private static Member toMember(Document d) {
        return new Member(d.getString("code"), d.getString("userId"), Member.Source.valueOf(d.getString("source")));
    }
}
