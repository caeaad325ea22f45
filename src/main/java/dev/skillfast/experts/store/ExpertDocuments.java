package dev.skillfast.experts.store;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.RatingTotals;
import dev.skillfast.experts.domain.VerificationStatus;

/** How a profile is kept in {@code experts_profiles}, and read back (older documents included). */
final class ExpertDocuments {

    private ExpertDocuments() {
    }

    static Document toDocument(ExpertProfile p) {
        Document rates = new Document();
        p.rates().forEach((channel, rate) -> rates.append(channel.name(), rate));
        Document d = new Document("_id", p.id()).append("displayName", p.displayName()).append("headline", p.headline())
                .append("bio", p.bio()).append("skills", p.skills()).append("categories", p.categories())
                .append("languages", p.languages()).append("timeZone", p.timeZone()).append("currency", p.currency())
                .append("rates", rates).append("freeMinutes", p.freeMinutes()).append("available", p.available())
                .append("presence", p.presence().name()).append("status", p.status().name())
                .append("accountActive", p.accountActive()).append("changedAt", Date.from(p.updatedAt()))
                .append("rating", new Document("average", p.ratingAverage()).append("count", p.ratingCount())
                        .append("sum", Math.round(p.ratingAverage() * p.ratingCount())))
                .append("popularity", p.popularity()).append("updatedAt", Date.from(p.updatedAt()))
                .append("createdAt", Date.from(p.updatedAt()));
        if (p.statusReason() != null) {
            d.append("statusReason", p.statusReason());
        }
        if (p.avatarVersion() != null) {
            d.append("avatarVersion", p.avatarVersion());
        }
        return d;
    }

    static ExpertProfile toProfile(Document d) {
        Map<Channel, Long> rates = new EnumMap<>(Channel.class);
        Document storedRates = d.get("rates", Document.class);
        if (storedRates != null) {
            for (Channel channel : Channel.values()) {
                Number rate = storedRates.get(channel.name(), Number.class);
                if (rate != null) {
                    rates.put(channel, rate.longValue());
                }
            }
        }
        Document rating = d.get("rating", Document.class);
        Date updated = d.getDate("updatedAt");
        Number popularity = d.get("popularity", Number.class);
        return new ExpertProfile(d.getString("_id"), d.getString("displayName"), d.getString("headline"),
                d.getString("bio") == null ? "" : d.getString("bio"), strings(d, "skills"), strings(d, "categories"),
                strings(d, "languages"), d.getString("timeZone"), d.getString("currency"), rates,
                d.getInteger("freeMinutes", 0), d.getBoolean("available", false),
                Presence.valueOf(d.getString("presence") == null ? "OFFLINE" : d.getString("presence")),
                VerificationStatus.valueOf(d.getString("status")), d.getString("statusReason"),
                d.getBoolean("accountActive", true),
                rating == null ? 0.0 : ratingAverage(rating),
                rating == null ? 0 : Math.max(0, ratingCount(rating)),
                popularity == null ? 0 : popularity.longValue(), d.getString("avatarVersion"),
                updated == null ? Instant.EPOCH : updated.toInstant());
    }

    private static List<String> strings(Document d, String field) {
        List<String> values = d.getList(field, String.class);
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The rating aggregate of a profile's {@code rating} sub-document. */
    static RatingTotals ratingTotals(Document rating) {
        Map<Integer, Integer> distribution = new TreeMap<>();
        Document dist = rating.get("dist", Document.class);
        if (dist != null) {
            dist.forEach((stars, n) -> distribution.put(Integer.valueOf(stars), ((Number) n).intValue()));
        }
        return new RatingTotals(ratingSum(rating), ratingCount(rating), distribution);
    }

    /** The sum of stars; profiles imported with only an average (and no sum) count as average × count. */
    private static long ratingSum(Document rating) {
        Number sum = rating.get("sum", Number.class);
        if (sum != null) {
            return sum.longValue();
        }
        Number average = rating.get("average", Number.class);
        return average == null ? 0 : Math.round(average.doubleValue() * ratingCount(rating));
    }

    private static int ratingCount(Document rating) {
        Number count = rating.get("count", Number.class);
        return count == null ? 0 : count.intValue();
    }

    private static double ratingAverage(Document rating) {
        if (rating.get("sum") == null) {
            Number average = rating.get("average", Number.class);
            return average == null ? 0.0 : average.doubleValue();
        }
        return RatingTotals.averageOf(ratingSum(rating), ratingCount(rating));
    }
}
