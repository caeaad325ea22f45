package dev.skillfast.experts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An expert's public profile; its id is the expert's user id. Rates are integer minor units of
 * {@code currency} per minute, one per offered channel.
 *
 * @param displayName   copied from the account (kept in step by {@link ExpertService}, on {@code AccountChanged})
 * @param accountActive false when the account is suspended or no longer an EXPERT
 * @param avatarVersion changes with every new avatar, to bust caches; null without one
 */
public record ExpertProfile(String id, String displayName, String headline, String bio, List<String> skills,
                            List<String> categories, List<String> languages, String timeZone, String currency,
                            Map<Channel, Long> rates, int freeMinutes, boolean available, Presence presence,
                            VerificationStatus status, String statusReason, boolean accountActive,
                            double ratingAverage, int ratingCount, long popularity, String avatarVersion,
                            Instant updatedAt) {

    public boolean isPublic() {
        return status == VerificationStatus.VERIFIED && accountActive;
    }

    /** The lowest per-minute rate over the offered channels. */
    public long minRate() {
        return rates.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }
}
