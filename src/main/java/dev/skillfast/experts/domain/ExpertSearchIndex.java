package dev.skillfast.experts.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.experts.store.ExpertStore;
import dev.skillfast.platform.mongo.DatabaseStartupTask;

/**
 * The public experts, held in memory in the shape search needs: normalised words per field, so
 * relevance, accent- and prefix-insensitive matching and facets work the same on the embedded store
 * and on a real MongoDB (which has no common full-text search). MongoDB stays the truth: the index is
 * loaded at start-up, updated on every change made through this server, and reloaded periodically
 * to pick up changes made by other servers.
 */
@ApplicationScoped
public class ExpertSearchIndex implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(ExpertSearchIndex.class.getName());

    static final double SKILL = 3.0;
    static final double NAME = 1.5;
    static final double HEADLINE = 2.0;
    static final double BIO = 1.0;
    /** A prefix match ("kube" for "kubernetes") is worth a little less than the whole word. */
    static final double PREFIX = 0.8;

    @Inject
    ExpertStore store;

    private final Map<String, Indexed> experts = new ConcurrentHashMap<>();

    /** A public expert and the words each field contributes. */
    record Indexed(ExpertProfile profile, Set<String> skillWords, Set<String> nameWords, Set<String> headlineWords,
                   Set<String> bioWords) {

        static Indexed of(ExpertProfile p) {
            Set<String> skills = new LinkedHashSet<>();
            p.skills().forEach(skill -> skills.addAll(SearchText.words(skill)));
            return new Indexed(p, Set.copyOf(skills), Set.copyOf(SearchText.words(p.displayName())),
                    Set.copyOf(SearchText.words(p.headline())), Set.copyOf(SearchText.words(p.bio())));
        }

        /** How well one query word matches this expert; 0 when it does not. */
        double score(String term) {
            return Math.max(Math.max(field(skillWords, term, SKILL), field(headlineWords, term, HEADLINE)),
                    Math.max(field(nameWords, term, NAME), field(bioWords, term, BIO)));
        }

        private static double field(Set<String> words, String term, double weight) {
            if (words.contains(term)) {
                return weight;
            }
            for (String word : words) {
                if (word.startsWith(term)) {
                    return weight * PREFIX;
                }
            }
            return 0;
        }
    }

    public enum Sort {
        RELEVANCE, RATING, PRICE, POPULAR
    }

    /** A search. Null filters do not filter. */
    public record Query(String text, String category, String language, Channel channel, Long maxRate,
                        Double minRating, Boolean onlineOnly, Sort sort, int page, int size) {
    }

    public record Hit(ExpertProfile profile, double score, List<String> matchedTerms) {
    }

    public record Result(List<Hit> items, long total, Map<String, Long> categoryFacets,
                         Map<String, Long> languageFacets) {
    }

    @Override
    public void run(MongoDatabase database) {
        reload();
    }

    /** Replaces the index with what MongoDB holds now. */
    public void reload() {
        List<ExpertProfile> profiles = store.allPublic();
        Map<String, Indexed> fresh = new ConcurrentHashMap<>();
        profiles.forEach(p -> fresh.put(p.id(), Indexed.of(p)));
        experts.keySet().retainAll(fresh.keySet());
        experts.putAll(fresh);
        LOG.fine(() -> "Expert search index holds " + fresh.size() + " public experts");
    }

    /** Takes in one expert's current state: indexed when public, dropped otherwise. */
    public void refresh(ExpertProfile profile) {
        if (profile.isPublic()) {
            experts.put(profile.id(), Indexed.of(profile));
        } else {
            experts.remove(profile.id());
        }
    }

    public int size() {
        return experts.size();
    }

    /** Public experts per category slug. */
    public Map<String, Long> countByCategory() {
        Map<String, Long> counts = new TreeMap<>();
        for (Indexed expert : experts.values()) {
            expert.profile().categories().forEach(slug -> counts.merge(slug, 1L, Long::sum));
        }
        return counts;
    }

    public Result search(Query query) {
        List<String> terms = SearchText.words(query.text());
        List<Hit> hits = new ArrayList<>();
        Predicate<ExpertProfile> filters = offers(query.channel(), query.maxRate())
                .and(p -> query.minRating() == null || p.ratingAverage() >= query.minRating())
                .and(p -> !Boolean.TRUE.equals(query.onlineOnly()) || p.presence() == Presence.ONLINE);
        for (Indexed expert : experts.values()) {
            if (!filters.test(expert.profile())) {
                continue;
            }
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (String term : terms) {
                double termScore = expert.score(term);
                if (termScore == 0) {
                    score = -1;
                    break;
                }
                score += termScore;
                matched.add(term);
            }
            if (score >= 0) {
                hits.add(new Hit(expert.profile(), score, matched));
            }
        }
        Predicate<Hit> inCategory = hit -> query.category() == null || hit.profile().categories().contains(query.category());
        Predicate<Hit> inLanguage = hit -> query.language() == null || hit.profile().languages().contains(query.language());
        // Each facet counts what its own filter would give, under all the other filters.
        Map<String, Long> categoryFacets = facet(hits.stream().filter(inLanguage).toList(), ExpertProfile::categories);
        Map<String, Long> languageFacets = facet(hits.stream().filter(inCategory).toList(), ExpertProfile::languages);
        List<Hit> results = new ArrayList<>(hits.stream().filter(inCategory.and(inLanguage)).toList());
        results.sort(order(query.sort(), query.channel(), !terms.isEmpty()));
        int from = Math.min(results.size(), query.page() * query.size());
        int to = Math.min(results.size(), from + query.size());
        return new Result(List.copyOf(results.subList(from, to)), results.size(), categoryFacets, languageFacets);
    }

    /**
     * The experts best suited to a problem described in free text: any of its keywords may match,
     * scored like search and normalised to 0–1, with a small lift for experts online now and for
     * good ratings.
     */
    public List<Hit> match(String description, Channel channel, Long maxRate, String language, int limit) {
        List<String> keywords = SearchText.keywords(description);
        if (keywords.isEmpty()) {
            return List.of();
        }
        Predicate<ExpertProfile> filters = offers(channel, maxRate)
                .and(p -> language == null || p.languages().contains(language));
        List<Hit> hits = new ArrayList<>();
        for (Indexed expert : experts.values()) {
            if (!filters.test(expert.profile())) {
                continue;
            }
            double raw = 0;
            List<String> matched = new ArrayList<>();
            for (String keyword : keywords) {
                double termScore = expert.score(keyword);
                if (termScore > 0) {
                    raw += termScore;
                    matched.add(keyword);
                }
            }
            if (raw > 0) {
                double relevance = raw / (SKILL * keywords.size());
                double lift = (expert.profile().presence() == Presence.ONLINE ? 0.1 : 0)
                        + 0.05 * expert.profile().ratingAverage() / 5.0;
                double score = Math.round(Math.min(1.0, relevance * 0.85 + lift) * 1000) / 1000.0;
                hits.add(new Hit(expert.profile(), score, matched));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(tieBreak()));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private static Predicate<ExpertProfile> offers(Channel channel, Long maxRate) {
        return p -> {
            if (channel != null && !p.rates().containsKey(channel)) {
                return false;
            }
            if (maxRate == null) {
                return true;
            }
            return (channel != null ? p.rates().get(channel) : p.minRate()) <= maxRate;
        };
    }

    private static Map<String, Long> facet(Collection<Hit> hits,
                                           java.util.function.Function<ExpertProfile, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        for (Hit hit : hits) {
            values.apply(hit.profile()).forEach(value -> counts.merge(value, 1L, Long::sum));
        }
        return counts;
    }

    /** Better rated first, then online, then by name: the tie-break everywhere. */
    private static Comparator<Hit> tieBreak() {
        return Comparator.<Hit>comparingDouble(hit -> hit.profile().ratingAverage()).reversed()
                .thenComparing(hit -> hit.profile().presence() != Presence.ONLINE)
                .thenComparing(hit -> SearchText.normalize(hit.profile().displayName()))
                .thenComparing(hit -> hit.profile().id());
    }

    private static Comparator<Hit> order(Sort sort, Channel channel, boolean hasTerms) {
        Sort effective = sort == null ? Sort.RELEVANCE : sort;
        return switch (effective) {
            case RELEVANCE -> hasTerms ? Comparator.comparingDouble(Hit::score).reversed().thenComparing(tieBreak()) : tieBreak();
            case RATING -> Comparator.<Hit>comparingInt(hit -> hit.profile().ratingCount() > 0 ? 0 : 1)
                    .thenComparing(tieBreak())
                    .thenComparing(Comparator.<Hit>comparingInt(hit -> hit.profile().ratingCount()).reversed());
            case PRICE -> Comparator.<Hit>comparingLong(hit -> channel != null
                    ? hit.profile().rates().get(channel) : hit.profile().minRate()).thenComparing(tieBreak());
            case POPULAR -> Comparator.<Hit>comparingLong(hit -> hit.profile().popularity()).reversed()
                    .thenComparing(Comparator.<Hit>comparingInt(hit -> hit.profile().ratingCount()).reversed())
                    .thenComparing(tieBreak());
        };
    }
}
