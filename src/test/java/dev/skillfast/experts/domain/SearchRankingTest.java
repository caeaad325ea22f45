package dev.skillfast.experts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.SearchRanking.Candidate;

/** The filters, facets and orders search and match share, and the words an expert is indexed by. */
class SearchRankingTest {

    private static Candidate candidate(String id, String name, double rating, int ratings, boolean online,
                                       long chat, Long video, long popularity, double score) {
        Map<Channel, Long> rates = new EnumMap<>(Channel.class);
        rates.put(Channel.CHAT, chat);
        if (video != null) {
            rates.put(Channel.VIDEO, video);
        }
        ExpertProfile profile = new ExpertProfile(id, name, "Headline", "", List.of("Java"), List.of("programming"),
                List.of("en"), "Europe/Madrid", "EUR", rates, 0, true, online ? Presence.ONLINE : Presence.OFFLINE,
                VerificationStatus.VERIFIED, null, true, rating, ratings, popularity, null, Instant.EPOCH);
        return new Candidate(IndexedExpert.of(profile), score, List.of());
    }

    private static List<String> sorted(List<Candidate> candidates, java.util.Comparator<Candidate> order) {
        List<Candidate> copy = new ArrayList<>(candidates);
        copy.sort(order);
        return copy.stream().map(c -> c.profile().id()).toList();
    }

    @Test
    void tiesGoToRatingThenPresenceThenNameThenId() {
        List<Candidate> all = List.of(candidate("b2", "Bea", 4.0, 2, false, 100, null, 0, 0),
                candidate("b1", "Bea", 4.0, 2, false, 100, null, 0, 0),
                candidate("online", "Zoe", 4.0, 2, true, 100, null, 0, 0),
                candidate("best", "Zed", 4.8, 5, false, 100, null, 0, 0),
                candidate("accent", "Álex", 4.0, 2, false, 100, null, 0, 0));
        assertThat(sorted(all, SearchRanking.tieBreak())).containsExactly("best", "online", "accent", "b1", "b2");
    }

    @Test
    void eachSortOrdersByItsOwnMeasureFirst() {
        List<Candidate> all = List.of(candidate("cheap", "A", 3.0, 1, false, 50, null, 1, 0.2),
                candidate("unrated", "B", 0, 0, false, 80, 60L, 9, 0.9),
                candidate("famous", "C", 4.0, 3, false, 200, null, 50, 0.5));
        assertThat(sorted(all, SearchRanking.order(ExpertSearchIndex.Sort.RELEVANCE, null, true)))
                .containsExactly("unrated", "famous", "cheap");
        assertThat(sorted(all, SearchRanking.order(null, null, false))).containsExactly("famous", "cheap", "unrated");
        assertThat(sorted(all, SearchRanking.order(ExpertSearchIndex.Sort.RATING, null, true)))
                .containsExactly("famous", "cheap", "unrated");
        assertThat(sorted(all, SearchRanking.order(ExpertSearchIndex.Sort.PRICE, null, false)))
                .containsExactly("cheap", "unrated", "famous");
        assertThat(sorted(all, SearchRanking.order(ExpertSearchIndex.Sort.POPULAR, null, false)))
                .containsExactly("famous", "unrated", "cheap");
    }

    @Test
    void offersLooksAtTheChannelsRateOrElseTheLowestRate() {
        ExpertProfile both = candidate("x", "X", 0, 0, false, 100, 60L, 0, 0).profile();
        ExpertProfile chatOnly = candidate("y", "Y", 0, 0, false, 100, null, 0, 0).profile();
        assertThat(SearchRanking.offers(Channel.VIDEO, null).test(chatOnly)).isFalse();
        assertThat(SearchRanking.offers(Channel.CHAT, 80L).test(both)).isFalse();
        assertThat(SearchRanking.offers(null, 80L).test(both)).isTrue();
        assertThat(SearchRanking.offers(null, null).test(chatOnly)).isTrue();
    }

    @Test
    void aFacetCountsTheValuesOfTheCandidatesItsFilterKeeps() {
        List<Candidate> all = List.of(candidate("a", "A", 0, 0, true, 100, null, 0, 0),
                candidate("b", "B", 0, 0, false, 100, null, 0, 0));
        assertThat(SearchRanking.facet(all, c -> true, ExpertProfile::categories)).containsExactly(Map.entry("programming", 2L));
        assertThat(SearchRanking.facet(all, c -> c.profile().presence() == Presence.ONLINE, ExpertProfile::languages))
                .containsExactly(Map.entry("en", 1L));
    }

    @Test
    void anExpertIsIndexedByItsBestFieldForEachWord() {
        ExpertProfile profile = new ExpertProfile("k", "Kube Ramírez", "Kubernetes trainer", "I teach kubernetes",
                List.of("Kubernetes"), List.of(), List.of(), "UTC", "EUR", Map.of(Channel.CHAT, 1L), 0, true,
                Presence.OFFLINE, VerificationStatus.VERIFIED, null, true, 0, 0, 0, null, Instant.EPOCH);
        IndexedExpert indexed = IndexedExpert.of(profile);
        assertThat(indexed.words()).containsEntry("kubernetes", IndexedExpert.SKILL)
                .containsEntry("trainer", IndexedExpert.HEADLINE).containsEntry("ramirez", IndexedExpert.NAME)
                .containsEntry("teach", IndexedExpert.BIO);
        assertThat(indexed.sortName()).isEqualTo("kube ramirez");
    }
}
