package dev.skillfast.experts.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** How search and match filter, count and order the experts they found. */
final class SearchRanking {

    private SearchRanking() {
    }

    /** A hit while ranking: keeps the indexed form for cheap comparisons. */
    record Candidate(IndexedExpert expert, double score, List<String> matched) {

        ExpertProfile profile() {
            return expert.profile();
        }

        ExpertSearchIndex.Hit hit() {
            return new ExpertSearchIndex.Hit(expert.profile(), score, matched);
        }
    }

    /** Offers the channel (if any) at most at {@code maxRate} (if any; without a channel, its lowest rate). */
    static Predicate<ExpertProfile> offers(Channel channel, Long maxRate) {
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

    /** How many of the candidates that pass {@code filter} have each value. */
    static Map<String, Long> facet(List<Candidate> candidates, Predicate<Candidate> filter,
                                   Function<ExpertProfile, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (filter.test(candidate)) {
                values.apply(candidate.profile()).forEach(value -> counts.merge(value, 1L, Long::sum));
            }
        }
        return counts;
    }

    /** Better rated first, then online, then by name: the tie-break everywhere. */
    static Comparator<Candidate> tieBreak() {
        return Comparator.<Candidate>comparingDouble(c -> c.profile().ratingAverage()).reversed()
                .thenComparing(c -> c.profile().presence() != Presence.ONLINE)
                .thenComparing(c -> c.expert().sortName())
                .thenComparing(c -> c.profile().id());
    }

    static Comparator<Candidate> order(ExpertSearchIndex.Sort sort, Channel channel, boolean hasTerms) {
        ExpertSearchIndex.Sort effective = sort == null ? ExpertSearchIndex.Sort.RELEVANCE : sort;
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
