package dev.skillfast.experts.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.categories.domain.Category;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.PlainText;
import dev.skillfast.platform.input.SingleLine;

/** Request bodies of the expert endpoints. */
public final class ExpertRequests {

    private ExpertRequests() {
    }

    /**
     * Per-minute rates in minor units; a channel left out is not offered. The components are named
     * like the channels because they are the JSON property names ({"CHAT": 150}).
     */
    @Schema(name = "Rates")
    @SuppressWarnings("java:S100")
    public record Rates(@Min(1) @Max(1_000_000) Long CHAT, @Min(1) @Max(1_000_000) Long AUDIO,
                        @Min(1) @Max(1_000_000) Long VIDEO) {

        Map<Channel, Long> toMap() {
            Map<Channel, Long> rates = new EnumMap<>(Channel.class);
            if (CHAT != null) {
                rates.put(Channel.CHAT, CHAT);
            }
            if (AUDIO != null) {
                rates.put(Channel.AUDIO, AUDIO);
            }
            if (VIDEO != null) {
                rates.put(Channel.VIDEO, VIDEO);
            }
            return rates;
        }
    }

    @Schema(name = "ExpertProfileRequest")
    public record Profile(
            @Schema(example = "Kubernetes and cloud architecture") @NotBlank @Size(max = 120) @SingleLine String headline,
            @Size(max = 4000) @PlainText String bio,
            @Size(max = 30) List<@NotBlank @Size(max = 40) @SingleLine String> skills,
            @NotNull @Size(min = 1, max = 5)
            List<@NotNull @Pattern(regexp = Category.SLUG_PATTERN, message = "must be a category slug") String> categories,
            @NotNull @Size(min = 1, max = 10)
            List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as es") String> languages,
            @Schema(example = "Europe/Madrid") @NotBlank @Size(max = 64) String timeZone,
            @Schema(example = "EUR") @NotNull @CurrencyCode String currency,
            @NotNull @Valid Rates rates,
            @NotNull @Min(0) @Max(5) Integer freeMinutes,
            @NotNull Boolean available) {

        ExpertService.ProfileInput toInput() {
            return new ExpertService.ProfileInput(headline, bio, skills == null ? List.of() : skills, categories,
                    languages, timeZone, currency, rates.toMap(), freeMinutes, available);
        }
    }

    @Schema(name = "VerificationRequest")
    public record Verification(
            @Schema(enumeration = {"VERIFIED", "REJECTED"}) @NotNull
            @Pattern(regexp = "VERIFIED|REJECTED", message = "must be VERIFIED or REJECTED") String status,
            @Schema(description = "Required when rejecting; shown to the expert") @Size(max = 500) @PlainText String reason) {
    }

    @Schema(name = "MatchRequest")
    public record Match(
            @Schema(example = "Our Kubernetes cluster keeps restarting pods after the upgrade")
            @NotBlank @Size(min = 10, max = 2000) @PlainText String description,
            @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO") String channel,
            @Min(1) Long maxRate,
            @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as es") String language) {
    }
}
