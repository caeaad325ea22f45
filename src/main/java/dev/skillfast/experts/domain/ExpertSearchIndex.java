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
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.experts.domain.SearchRanking.Candidate;
import dev.skillfast.experts.store.ExpertStore;
import dev.skillfast.platform.cluster.ClusterTopics;
import dev.skillfast.platform.mongo.DatabaseStartupTask;

/**
 * The public experts, held in memory in the shape search needs: normalised words per field, so
 * relevance, accent- and prefix-insensitive matching and facets work the same on the embedded store
 * and on a real MongoDB (which has no common full-text search). MongoDB stays the truth: the index is
 * loaded at start-up, updated on every change made through this server, told of changes made on the
 * other servers of a cluster ({@link #CHANGES}), and reloaded periodically in case a note was lost.
 */
@ApplicationScoped
public class ExpertSearchIndex implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(ExpertSearchIndex.class.getName());

    /** A prefix match ("kube" for "kubernetes") is worth a little less than the whole word. */
    static final double PREFIX = 0.8;

    /** Cluster topic: an expert's indexed state changed on the member that publishes (payload: the id). */
    static final String CHANGES = "skillfast.experts.changed";

    @Inject
    ExpertStore store;

    @Inject
    ClusterTopics topics;

    /** The public experts by id. */
    private final Map<String, IndexedExpert> experts = new ConcurrentHashMap<>();
    /**
     * Word → (expert id → the best weight of the fields where that expert has the word). Sorted, so the
     * words that start with a query term are one range.
     */
    private final ConcurrentSkipListMap<String, Map<String, Double>> postings = new ConcurrentSkipListMap<>();

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
    public synchronized void reload() {
        List<ExpertProfile> profiles = store.allPublic();
        Set<String> ids = new HashSet<>();
        for (ExpertProfile profile : profiles) {
            ids.add(profile.id());
            IndexedExpert current = experts.get(profile.id());
            if (current == null || !current.profile().equals(profile)) {
                put(IndexedExpert.of(profile));
            }
        }
        for (String id : List.copyOf(experts.keySet())) {
            if (!ids.contains(id)) {
                remove(id);
            }
        }
        LOG.fine(() -> "Expert search index holds " + experts.size() + " public experts");
    }

    /** With several servers, takes in what the others change as they tell it (within a second or so). */
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        topics.subscribe(CHANGES, this::takeInFromAnotherServer);
    }

    /**
     * Takes in one expert's current state (indexed when public, dropped otherwise) and, when that changed
     * the index, tells the other servers, which read it from MongoDB.
     */
    public void refresh(ExpertProfile profile) {
        if (apply(profile) && topics != null) {
            topics.publish(CHANGES, profile.id());
        }
    }

    /** Another server changed this expert: its state is read from MongoDB, the truth. */
    void takeInFromAnotherServer(String id) {
        store.find(id).ifPresentOrElse(this::apply, () -> forget(id));
    }

    private synchronized boolean apply(ExpertProfile profile) {
        IndexedExpert current = experts.get(profile.id());
        if (profile.isPublic()) {
            if (current == null || !current.profile().equals(profile)) {
                put(IndexedExpert.of(profile));
                return true;
            }
            return false;
        }
        remove(profile.id());
        return current != null;
    }

    private synchronized void forget(String id) {
        remove(id);
    }

    /** Takes in the profiles written since then (by any server): cheaper than {@link #reload} on a large desk. */
    public void refreshChangedSince(java.time.Instant since) {
        for (ExpertProfile profile : store.changedSince(since)) {
            apply(profile);
        }
    }

    private void put(IndexedExpert expert) {
        remove(expert.profile().id());
        experts.put(expert.profile().id(), expert);
        expert.words().forEach((word, weight) ->
                postings.computeIfAbsent(word, w -> new ConcurrentHashMap<>()).put(expert.profile().id(), weight));
    }

    private void remove(String id) {
        IndexedExpert old = experts.remove(id);
        if (old != null) {
            old.words().keySet().forEach(word -> postings.computeIfPresent(word, (w, ids) -> {
                ids.remove(id);
                return ids.isEmpty() ? null : ids;
            }));
        }
    }

    /** A public expert as indexed (presence included), without a database read. */
    public java.util.Optional<ExpertProfile> get(String id) {
        IndexedExpert expert = experts.get(id);
        return expert == null ? java.util.Optional.empty() : java.util.Optional.of(expert.profile());
    }

    public int size() {
        return experts.size();
    }

    /** The ids of the public experts of a category (the desk tells them about its queue). */
    public List<String> idsInCategory(String slug) {
        List<String> ids = new ArrayList<>();
        for (IndexedExpert expert : experts.values()) {
            if (expert.profile().categories().contains(slug)) {
                ids.add(expert.profile().id());
            }
        }
        return ids;
    }

    /** Public experts per category slug. */
    public Map<String, Long> countByCategory() {
        return countByCategory(profile -> true);
    }

    /** Public experts that {@code which} accepts. */
    public long count(java.util.function.Predicate<ExpertProfile> which) {
        return experts.values().stream().filter(e -> which.test(e.profile())).count();
    }

    /** Public experts that {@code which} accepts, per category slug. */
    public Map<String, Long> countByCategory(java.util.function.Predicate<ExpertProfile> which) {
        Map<String, Long> counts = new TreeMap<>();
        for (IndexedExpert expert : experts.values()) {
            if (which.test(expert.profile())) {
                expert.profile().categories().forEach(slug -> counts.merge(slug, 1L, Long::sum));
            }
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
        Predicate<ExpertProfile> filters = SearchRanking.offers(query.channel(), query.maxRate())
                .and(p -> query.minRating() == null || p.ratingAverage() >= query.minRating())
                .and(p -> !Boolean.TRUE.equals(query.onlineOnly()) || p.presence() == Presence.ONLINE);
        List<Candidate> candidates = new ArrayList<>();
        if (terms.isEmpty()) {
            for (IndexedExpert expert : experts.values()) {
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
                IndexedExpert expert = experts.get(id);
                if (expert != null && filters.test(expert.profile())) {
                    candidates.add(new Candidate(expert, score, terms));
                }
            });
        }
        Predicate<Candidate> inCategory = c -> query.category() == null || c.profile().categories().contains(query.category());
        Predicate<Candidate> inLanguage = c -> query.language() == null || c.profile().languages().contains(query.language());
        // Each facet counts what its own filter would give, under all the other filters.
        Map<String, Long> categoryFacets = SearchRanking.facet(candidates, inLanguage, ExpertProfile::categories);
        Map<String, Long> languageFacets = SearchRanking.facet(candidates, inCategory, ExpertProfile::languages);
        List<Candidate> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (inCategory.test(candidate) && inLanguage.test(candidate)) {
                results.add(candidate);
            }
        }
        results.sort(SearchRanking.order(query.sort(), query.channel(), !terms.isEmpty()));
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
        Predicate<ExpertProfile> filters = SearchRanking.offers(channel, maxRate)
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
            IndexedExpert expert = experts.get(id);
            if (expert != null && filters.test(expert.profile())) {
                double relevance = score / (IndexedExpert.SKILL * keywords.size());
                double lift = (expert.profile().presence() == Presence.ONLINE ? 0.1 : 0)
                        + 0.05 * expert.profile().ratingAverage() / 5.0;
                double normalised = Math.round(Math.min(1.0, relevance * 0.85 + lift) * 1000) / 1000.0;
                candidates.add(new Candidate(expert, normalised, List.copyOf(matched.get(id))));
            }
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(SearchRanking.tieBreak()));
        return candidates.subList(0, Math.min(limit, candidates.size())).stream().map(Candidate::hit).toList();
    }
}
