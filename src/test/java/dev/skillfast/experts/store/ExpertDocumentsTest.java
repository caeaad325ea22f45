package dev.skillfast.experts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.RatingTotals;
import dev.skillfast.experts.domain.VerificationStatus;

/** A profile comes back from its document as it went in; older documents read with sensible defaults. */
class ExpertDocumentsTest {

    @Test
    void aProfileSurvivesItsDocument() {
        ExpertProfile profile = new ExpertProfile("e1", "Ana", "Cloud", "Bio", List.of("Kubernetes"), List.of("cloud"),
                List.of("es", "en"), "Europe/Madrid", "EUR", Map.of(Channel.CHAT, 150L, Channel.VIDEO, 250L), 2, true,
                Presence.BUSY, VerificationStatus.REJECTED, "Add a photo", false, 4.5, 2, 7, "abc123",
                Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(ExpertDocuments.toProfile(ExpertDocuments.toDocument(profile))).isEqualTo(profile);
    }

    @Test
    void missingFieldsReadAsDefaults() {
        ExpertProfile read = ExpertDocuments.toProfile(new Document("_id", "old").append("status", "VERIFIED"));
        assertThat(read.bio()).isEmpty();
        assertThat(read.skills()).isEmpty();
        assertThat(read.rates()).isEmpty();
        assertThat(read.presence()).isEqualTo(Presence.OFFLINE);
        assertThat(read.accountActive()).isTrue();
        assertThat(read.ratingAverage()).isZero();
        assertThat(read.updatedAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aRatingStoredAsAnAverageOnlyCountsAsAverageTimesCount() {
        RatingTotals totals = ExpertDocuments.ratingTotals(new Document("average", 4.5).append("count", 4));
        assertThat(totals).isEqualTo(new RatingTotals(18, 4, Map.of()));
        RatingTotals withDistribution = ExpertDocuments.ratingTotals(new Document("sum", 9L).append("count", 2)
                .append("dist", new Document("4", 1).append("5", 1)));
        assertThat(withDistribution).isEqualTo(new RatingTotals(9, 2, Map.of(4, 1, 5, 1)));
        assertThat(ExpertDocuments.toProfile(new Document("_id", "x").append("status", "VERIFIED")
                .append("rating", new Document("sum", 9L).append("count", 2))).ratingAverage()).isEqualTo(4.5);
    }
}
