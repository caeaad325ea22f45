package dev.skillfast.experts.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
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

    /** The public experts by id. */
    private final Map<String, Indexed> experts = new ConcurrentHashMap<>();
    /**
     * Word → (expert id → the best weight of the fields where that expert has the word). Sorted, so the
     * words that start with a query term are one range.
     */
    private final ConcurrentSkipListMap<String, Map<String, Double>> postings = new ConcurrentSkipListMap<>();

    /** A public expert, its words with their field weights, and its name as sorting compares it. */
    record Indexed(ExpertProfile profile, Map<String, Double> words, String sortName) {

        static Indexed of(ExpertProfile p) {
            Map<String, Double> words = new HashMap<>();
            SearchText.words(p.bio()).forEach(word -> words.merge(word, BIO, Math::max));
            SearchText.words(p.displayName()).forEach(word -> words.merge(word, NAME, Math::max));
            SearchText.words(p.headline()).forEach(word -> words.merge(word, HEADLINE, Math::max));
            p.skills().forEach(skill -> SearchText.words(skill).forEach(word -> words.merge(word, SKILL, Math::max)));
            return new Indexed(p, Map.copyOf(words), SearchText.normalize(p.displayName()));
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

    /** A hit while ranking: keeps the indexed form for cheap comparisons. */
    private record Candidate(Indexed expert, double score, List<String> matched) {

        ExpertProfile profile() {
            return expert.profile();
        }

        Hit hit() {
            return new Hit(expert.profile(), score, matched);
        }
    }

    @Override
    public void run(MongoDatabase database) {
        reload();
    }

    /** Replaces the index with what MongoDB holds now. */
    public synchronized void reload() {
        List<ExpertProfile> profiles = store.allPublic();
        Set<String> ids = new HashSet<>();
        for (ExpertProfile profile : profiles) {
            ids.add(profile.id());
            Indexed current = experts.get(profile.id());
            if (current == null || !current.profile().equals(profile)) {
                put(Indexed.of(profile));
            }
        }
        for (String id : List.copyOf(experts.keySet())) {
            if (!ids.contains(id)) {
                remove(id);
            }
        }
        LOG.fine(() -> "Expert search index holds " + experts.size() + " public experts");
    }

    /** Takes in one expert's current state: indexed when public, dropped otherwise. */
    public synchronized void refresh(ExpertProfile profile) {
        if (profile.isPublic()) {
            Indexed current = experts.get(profile.id());
            if (current == null || !current.profile().equals(profile)) {
                put(Indexed.of(profile));
            }
        } else {
            remove(profile.id());
        }
    }

    /** Takes in the profiles written since then (by any server): cheaper than {@link #reload} on a large desk. */
    public void refreshChangedSince(java.time.Instant since) {
        for (ExpertProfile profile : store.changedSince(since)) {
            refresh(profile);
        }
    }

    private void put(Indexed expert) {
        remove(expert.profile().id());
        experts.put(expert.profile().id(), expert);
        expert.words().forEach((word, weight) ->
                postings.computeIfAbsent(word, w -> new ConcurrentHashMap<>()).put(expert.profile().id(), weight));
    }

    private void remove(String id) {
        Indexed old = experts.remove(id);
        if (old != null) {
            old.words().keySet().forEach(word -> postings.computeIfPresent(word, (w, ids) -> {
                ids.remove(id);
                return ids.isEmpty() ? null : ids;
            }));
        }
    }

    /** A public expert as indexed (presence included), without a database read. */
    public java.util.Optional<ExpertProfile> get(String id) {
        Indexed expert = experts.get(id);
        return expert == null ? java.util.Optional.empty() : java.util.Optional.of(expert.profile());
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

    /**
     * How well each expert matches one query word: the best field weight among its words equal to the
     * term, or (a little less) starting with it.
     */
    private Map<String, Double> termScores(String term) {
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Map<String, Double>> word
                : postings.subMap(term, true, term + Character.MAX_VALUE, true).entrySet()) {
            double factor = word.getKey().equals(term) ? 1.0 : PREFIX;
            word.getValue().forEach((id, weight) -> scores.merge(id, weight * factor, Math::max));
        }
        return scores;
    }

    public Result search(Query query) {
        List<String> terms = SearchText.words(query.text());
        Predicate<ExpertProfile> filters = offers(query.channel(), query.maxRate())
                .and(p -> query.minRating() == null || p.ratingAverage() >= query.minRating())
                .and(p -> !Boolean.TRUE.equals(query.onlineOnly()) || p.presence() == Presence.ONLINE);
        List<Candidate> candidates = new ArrayList<>();
        if (terms.isEmpty()) {
            for (Indexed expert : experts.values()) {
                if (filters.test(expert.profile())) {
                    candidates.add(new Candidate(expert, 0, List.of()));
                }
            }
        } else {
            // Every word must match: start from the first word's experts, keep those the others match too.
            Map<String, Double> total = termScores(terms.get(0));
            for (String term : terms.subList(1, terms.size())) {
                Map<String, Double> next = termScores(term);
                total.keySet().retainAll(next.keySet());
                total.replaceAll((id, score) -> score + next.get(id));
            }
            total.forEach((id, score) -> {
                Indexed expert = experts.get(id);
                if (expert != null && filters.test(expert.profile())) {
                    candidates.add(new Candidate(expert, score, terms));
                }
            });
        }
        Predicate<Candidate> inCategory = c -> query.category() == null || c.profile().categories().contains(query.category());
        Predicate<Candidate> inLanguage = c -> query.language() == null || c.profile().languages().contains(query.language());
        // Each facet counts what its own filter would give, under all the other filters.
        Map<String, Long> categoryFacets = facet(candidates, inLanguage, ExpertProfile::categories);
        Map<String, Long> languageFacets = facet(candidates, inCategory, ExpertProfile::languages);
        List<Candidate> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (inCategory.test(candidate) && inLanguage.test(candidate)) {
                results.add(candidate);
            }
        }
        results.sort(order(query.sort(), query.channel(), !terms.isEmpty()));
        int from = Math.min(results.size(), query.page() * query.size());
        int to = Math.min(results.size(), from + query.size());
        return new Result(results.subList(from, to).stream().map(Candidate::hit).toList(), results.size(),
                categoryFacets, languageFacets);
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
        Map<String, Double> raw = new HashMap<>();
        Map<String, List<String>> matched = new HashMap<>();
        for (String keyword : keywords) {
            termScores(keyword).forEach((id, score) -> {
                raw.merge(id, score, Double::sum);
                matched.computeIfAbsent(id, k -> new ArrayList<>()).add(keyword);
            });
        }
        List<Candidate> candidates = new ArrayList<>();
        raw.forEach((id, score) -> {
            Indexed expert = experts.get(id);
            if (expert != null && filters.test(expert.profile())) {
                double relevance = score / (SKILL * keywords.size());
                double lift = (expert.profile().presence() == Presence.ONLINE ? 0.1 : 0)
                        + 0.05 * expert.profile().ratingAverage() / 5.0;
                double normalised = Math.round(Math.min(1.0, relevance * 0.85 + lift) * 1000) / 1000.0;
                candidates.add(new Candidate(expert, normalised, List.copyOf(matched.get(id))));
            }
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(tieBreak()));
        return candidates.subList(0, Math.min(limit, candidates.size())).stream().map(Candidate::hit).toList();
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

    private static Map<String, Long> facet(List<Candidate> candidates, Predicate<Candidate> filter,
                                           java.util.function.Function<ExpertProfile, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (filter.test(candidate)) {
                values.apply(candidate.profile()).forEach(value -> counts.merge(value, 1L, Long::sum));
            }
        }
        return counts;
    }

    /** Better rated first, then online, then by name: the tie-break everywhere. */
    private static Comparator<Candidate> tieBreak() {
        return Comparator.<Candidate>comparingDouble(c -> c.profile().ratingAverage()).reversed()
                .thenComparing(c -> c.profile().presence() != Presence.ONLINE)
                .thenComparing(c -> c.expert().sortName())
                .thenComparing(c -> c.profile().id());
    }

    private static Comparator<Candidate> order(Sort sort, Channel channel, boolean hasTerms) {
        Sort effective = sort == null ? Sort.RELEVANCE : sort;
        return switch (effective) {
            case RELEVANCE -> hasTerms ? Comparator.comparingDouble(Candidate::score).reversed().thenComparing(tieBreak())
                    : tieBreak();
            case RATING -> Comparator.<Candidate>comparingInt(c -> c.profile().ratingCount() > 0 ? 0 : 1)
                    .thenComparing(tieBreak());
            case PRICE -> Comparator.<Candidate>comparingLong(c -> channel != null
                    ? c.profile().rates().get(channel) : c.profile().minRate()).thenComparing(tieBreak());
            case POPULAR -> Comparator.<Candidate>comparingLong(c -> c.profile().popularity()).reversed()
                    .thenComparing(Comparator.<Candidate>comparingInt(c -> c.profile().ratingCount()).reversed())
                    .thenComparing(tieBreak());
        };
    }
}
