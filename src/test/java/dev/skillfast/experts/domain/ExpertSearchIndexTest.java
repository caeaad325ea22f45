package dev.skillfast.experts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relevance, filters, facets, sorting and matching, on a handful of experts. */
class ExpertSearchIndexTest {

    private final ExpertSearchIndex index = new ExpertSearchIndex();

    private static ExpertProfile expert(String id, String name, String headline, String bio, List<String> skills,
                                        List<String> categories, List<String> languages, long chat, Long video,
                                        boolean online, double rating, int ratings, VerificationStatus status) {
        Map<Channel, Long> rates = new EnumMap<>(Channel.class);
        rates.put(Channel.CHAT, chat);
        if (video != null) {
            rates.put(Channel.VIDEO, video);
        }
        return new ExpertProfile(id, name, headline, bio, skills, categories, languages, "Europe/Madrid", "EUR", rates,
                0, online, online ? Presence.ONLINE : Presence.OFFLINE, status, null, true, rating, ratings, 0, null,
                Instant.EPOCH);
    }

    @BeforeEach
    void fill() {
        index.refresh(expert("skill", "Ana", "Cloud consultant", "General advice", List.of("Kubernetes", "Docker"),
                List.of("cloud"), List.of("es", "en"), 150, 250L, false, 4.0, 3, VerificationStatus.VERIFIED));
        index.refresh(expert("headline", "Bob", "Kubernetes trainer", "Teaching", List.of("Training"),
                List.of("cloud"), List.of("en"), 100, null, true, 4.5, 2, VerificationStatus.VERIFIED));
        index.refresh(expert("bio", "Carla", "Generalist", "I also know some kubernetes", List.of("Linux"),
                List.of("cloud", "programming"), List.of("es"), 80, 90L, true, 0, 0, VerificationStatus.VERIFIED));
        index.refresh(expert("code", "Dario", "Programación Java", "Backend", List.of("Java", "Spring"),
                List.of("programming"), List.of("es"), 120, null, false, 5.0, 10, VerificationStatus.VERIFIED));
        index.refresh(expert("pending", "Eve", "Kubernetes guru", "", List.of("Kubernetes"),
                List.of("cloud"), List.of("en"), 50, null, true, 5.0, 50, VerificationStatus.PENDING));
    }

    private static ExpertSearchIndex.Query query(String text) {
        return new ExpertSearchIndex.Query(text, null, null, null, null, null, null, ExpertSearchIndex.Sort.RELEVANCE, 0, 20);
    }

    private List<String> ids(ExpertSearchIndex.Query query) {
        return index.search(query).items().stream().map(hit -> hit.profile().id()).toList();
    }

    @Test
    void onlyPublicExpertsAreIndexed() {
        assertThat(index.size()).isEqualTo(4);
        assertThat(ids(query("guru"))).isEmpty();
    }

    @Test
    void skillsRankAboveHeadlinesAboveBios() {
        assertThat(ids(query("kubernetes"))).containsExactly("skill", "headline", "bio");
    }

    @Test
    void prefixesAndAccentsMatch() {
        assertThat(ids(query("kube"))).containsExactly("skill", "headline", "bio");
        assertThat(ids(query("programacion"))).containsExactly("code");
        assertThat(ids(query("PROGRAMACIÓN"))).containsExactly("code");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(ids(query("kubernetes docker"))).containsExactly("skill");
        assertThat(ids(query("kubernetes cobol"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(new ExpertSearchIndex.Query(null, "cloud", "es", Channel.VIDEO, 100L, null, null,
                ExpertSearchIndex.Sort.RELEVANCE, 0, 20))).containsExactly("bio");
        assertThat(ids(new ExpertSearchIndex.Query(null, null, null, null, null, 4.2, null,
                ExpertSearchIndex.Sort.RELEVANCE, 0, 20))).containsExactlyInAnyOrder("headline", "code");
        assertThat(ids(new ExpertSearchIndex.Query(null, null, null, null, null, null, true,
                ExpertSearchIndex.Sort.RELEVANCE, 0, 20))).containsExactlyInAnyOrder("headline", "bio");
    }

    @Test
    void facetsCountUnderTheOtherFilters() {
        ExpertSearchIndex.Result result = index.search(new ExpertSearchIndex.Query(null, "programming", null, null, null,
                null, null, ExpertSearchIndex.Sort.RELEVANCE, 0, 20));
        assertThat(result.total()).isEqualTo(2);
        // The category facet ignores the category filter itself, so other categories stay visible.
        assertThat(result.categoryFacets()).containsEntry("cloud", 3L).containsEntry("programming", 2L);
        assertThat(result.languageFacets()).containsEntry("es", 2L).doesNotContainKey("en");
    }

    @Test
    void sortsByPriceRatingAndPages() {
        assertThat(ids(new ExpertSearchIndex.Query(null, null, null, null, null, null, null,
                ExpertSearchIndex.Sort.PRICE, 0, 20))).containsExactly("bio", "headline", "code", "skill");
        assertThat(ids(new ExpertSearchIndex.Query(null, null, null, null, null, null, null,
                ExpertSearchIndex.Sort.RATING, 0, 20))).containsExactly("code", "headline", "skill", "bio");
        ExpertSearchIndex.Result second = index.search(new ExpertSearchIndex.Query(null, null, null, null, null, null, null,
                ExpertSearchIndex.Sort.PRICE, 1, 3));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(hit -> hit.profile().id()).containsExactly("skill");
    }

    @Test
    void tiesGoToBetterRatingsThenOnline() {
        index.refresh(expert("twin", "Zed", "Java developer", "Backend", List.of("Java"), List.of("programming"),
                List.of("es"), 120, null, true, 5.0, 1, VerificationStatus.VERIFIED));
        // Same score and rating: the one online comes first.
        assertThat(ids(query("java"))).containsExactly("twin", "code");
    }

    @Test
    void matchFindsExpertsForAProblemAndSaysWhy() {
        List<ExpertSearchIndex.Hit> hits = index.match("Mi clúster de Kubernetes se cae con Docker", null, null, null, 10);
        assertThat(hits).extracting(hit -> hit.profile().id()).startsWith("skill");
        assertThat(hits.get(0).matchedTerms()).containsExactly("kubernetes", "docker");
        assertThat(hits.get(0).score()).isBetween(0.0, 1.0);
        assertThat(index.match("nothing relevant whatsoever here", null, null, null, 10)).isEmpty();
    }

    @Test
    void aProfileThatStopsBeingPublicLeaves() {
        index.refresh(expert("code", "Dario", "Programación Java", "Backend", List.of("Java"), List.of("programming"),
                List.of("es"), 120, null, false, 5.0, 10, VerificationStatus.REJECTED));
        assertThat(ids(query("java"))).isEmpty();
        assertThat(index.countByCategory()).containsEntry("programming", 1L);
    }
}
