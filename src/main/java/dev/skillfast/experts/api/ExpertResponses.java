package dev.skillfast.experts.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.experts.domain.AvatarLinks;
import dev.skillfast.experts.domain.ExpertProfile;

/** How experts appear in the API. */
public final class ExpertResponses {

    private ExpertResponses() {
    }

    @Schema(name = "Rating")
    public record Rating(@Schema(example = "4.8") double average, @Schema(example = "12") int count) {
    }

    /** A card in search results and matches. */
    @Schema(name = "ExpertSummary")
    public record Summary(String id, String displayName, String headline,
                          @Schema(description = "Null without a photo") String avatarUrl,
                          List<String> skills, List<String> categories,
                          @Schema(description = "ISO 639-1 codes") List<String> languages,
                          @Schema(example = "EUR") String currency,
                          @Schema(description = "Minor units per minute per offered channel, e.g. {\"CHAT\":150}")
                          Map<String, Long> rates,
                          int freeMinutes, Rating rating,
                          @Schema(enumeration = {"ONLINE", "BUSY", "OFFLINE"}) String presence,
                          @Schema(description = "Query words this expert matched (search with q, match)")
                          List<String> matchedTerms,
                          @Schema(description = "0–1, matches only") Double score) {
    }

    /** One expert's page; status fields matter to the expert and administrators. */
    @Schema(name = "ExpertProfile")
    public record Profile(String id, String displayName, String headline, String avatarUrl, List<String> skills,
                          List<String> categories, List<String> languages, String currency, Map<String, Long> rates,
                          int freeMinutes, Rating rating, String presence, String bio, String timeZone,
                          @Schema(enumeration = {"PENDING", "VERIFIED", "REJECTED"}) String status,
                          String statusReason, boolean available,
                          @Schema(description = "Administrators' queue only") String email) {
    }

    /** A public expert's card (search, matches). */
    public static Summary summary(ExpertProfile p, List<String> matchedTerms, Double score) {
        return new Summary(p.id(), p.displayName(), p.headline(), AvatarLinks.publicUrl(p), p.skills(), p.categories(),
                p.languages(), p.currency(), rates(p), p.freeMinutes(), new Rating(p.ratingAverage(), p.ratingCount()),
                p.presence().name(), matchedTerms, score);
    }

    /** A profile with its photo's URL as this viewer is given it ({@code ExpertService.avatarUrl}). */
    public static Profile profile(ExpertProfile p, String avatarUrl, String email) {
        return new Profile(p.id(), p.displayName(), p.headline(), avatarUrl, p.skills(), p.categories(),
                p.languages(), p.currency(), rates(p), p.freeMinutes(), new Rating(p.ratingAverage(), p.ratingCount()),
                p.presence().name(), p.bio(), p.timeZone(), p.status().name(), p.statusReason(), p.available(), email);
    }

    private static Map<String, Long> rates(ExpertProfile p) {
        Map<String, Long> rates = new LinkedHashMap<>();
        p.rates().forEach((channel, rate) -> rates.put(channel.name(), rate));
        return rates;
    }
}
