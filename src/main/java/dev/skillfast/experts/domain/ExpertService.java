package dev.skillfast.experts.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountChanged;
import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.categories.domain.CategoryService;
import dev.skillfast.experts.store.AvatarStore;
import dev.skillfast.experts.store.ExpertStore;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.errors.TooLargeException;
import dev.skillfast.platform.input.Currencies;

/** Expert profiles: editing one's own, verification by administrators, avatars, visibility. */
@ApplicationScoped
public class ExpertService {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    @Inject
    ExpertStore store;

    @Inject
    AvatarStore avatars;

    @Inject
    ExpertSearchIndex index;

    @Inject
    AvatarLinks avatarLinks;

    @Inject
    CategoryService categories;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ExpertProfileSaved> saves;

    /** What the expert sends; checked by Bean Validation first, then against the catalogue here. */
    public record ProfileInput(String headline, String bio, List<String> skills, List<String> categories,
                               List<String> languages, String timeZone, String currency, Map<Channel, Long> rates,
                               int freeMinutes, boolean available) {
    }

    public ExpertProfile saveMine(String userId, ProfileInput input) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<String> activeCategories = categories.activeSlugs();
        input.categories().stream().filter(slug -> !activeCategories.contains(slug)).findFirst()
                .ifPresent(slug -> errors.add(new InvalidInputException.FieldError("categories", "unknown or inactive category '" + slug + "'")));
        input.languages().stream().filter(code -> !ISO_LANGUAGES.contains(code)).findFirst()
                .ifPresent(code -> errors.add(new InvalidInputException.FieldError("languages", "'" + code + "' is not an ISO 639-1 language code")));
        if (!validZone(input.timeZone())) {
            errors.add(new InvalidInputException.FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid"));
        }
        if (!Currencies.isCode(input.currency())) {
            errors.add(new InvalidInputException.FieldError("currency", Currencies.MESSAGE));
        }
        if (input.rates().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("rates", "offer at least one channel with a rate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        User user = accounts.get(userId);
        ExpertProfile saved = store.save(userId, new ExpertStore.Edit(user.displayName(), input.headline().trim(),
                input.bio() == null ? "" : input.bio().trim(), distinctTrimmed(input.skills()),
                List.copyOf(input.categories().stream().distinct().toList()),
                List.copyOf(input.languages().stream().distinct().toList()), input.timeZone(), input.currency(),
                input.rates(), input.freeMinutes(), input.available(), active(user)), clock.instant());
        index.refresh(saved);
        saves.fire(new ExpertProfileSaved(userId));
        return saved;
    }

    /** A public profile (verified expert, active account). */
    public Optional<ExpertProfile> findPublic(String id) {
        return store.find(id).filter(ExpertProfile::isPublic);
    }

    public Optional<ExpertProfile> find(String id) {
        return store.find(id);
    }

    /** Stores the live presence and updates search; answers the profile when the presence changed. */
    public Optional<ExpertProfile> setPresence(String id, Presence presence) {
        Optional<ExpertProfile> changed = store.setPresence(id, presence);
        changed.ifPresent(index::refresh);
        return changed;
    }

    /** Moves the expert's rating aggregate (reviews) and updates search; empty without a profile. */
    public Optional<ExpertProfile> adjustRating(String id, long sumDelta, int countDelta, Map<Integer, Integer> distribution) {
        Optional<ExpertProfile> changed = store.adjustRating(id, sumDelta, countDelta, distribution);
        changed.ifPresent(index::refresh);
        return changed;
    }

    /** Replaces the expert's rating aggregate with one recomputed from the reviews. */
    public boolean setRating(String id, RatingTotals expected, RatingTotals totals) {
        Optional<ExpertProfile> set = store.setRating(id, expected, totals);
        set.ifPresent(index::refresh);
        return set.isPresent();
    }

    public Optional<RatingTotals> ratingTotals(String id) {
        return store.ratingTotals(id);
    }

    /** At start-up: no one is connected yet, so every expert is OFFLINE until they connect. */
    public long resetPresence() {
        long reset = store.resetPresence();
        index.reload();
        return reset;
    }

    /** Stores ready-made profiles and their avatars (demo data, benchmarks), then re-reads the index. */
    public void importProfiles(List<ExpertProfile> profiles, Map<String, Avatar> photos) {
        store.insertAll(profiles);
        photos.forEach((id, photo) -> avatars.save(id, photo, clock.instant()));
        index.reload();
    }

    public boolean anyProfile() {
        return store.any();
    }

    public ExpertProfile mine(String userId) {
        return store.find(userId).orElseThrow(() -> new NotFoundException("You have no expert profile yet."));
    }

    /** A profile as the viewer may see it: public ones to everyone, others to their owner and admins. */
    public ExpertProfile view(String id, String viewerId, boolean viewerIsAdmin) {
        return store.find(id).filter(p -> p.isPublic() || p.id().equals(viewerId) || viewerIsAdmin)
                .orElseThrow(() -> new NotFoundException("No such expert."));
    }

    public ExpertProfile review(String id, VerificationStatus status, String reason) {
        if (status == VerificationStatus.PENDING) {
            throw new InvalidInputException("status", "must be VERIFIED or REJECTED");
        }
        if (status == VerificationStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "say why the profile is rejected; the expert sees it");
        }
        ExpertProfile reviewed = store.setVerification(id, status, reason == null ? null : reason.trim(), clock.instant())
                .orElseThrow(() -> new NotFoundException("No such expert profile."));
        index.refresh(reviewed);
        return reviewed;
    }

    public List<ExpertProfile> queue(VerificationStatus status, int page, int size) {
        return store.byStatus(status, page, size);
    }

    public long queueSize(VerificationStatus status) {
        return store.countByStatus(status);
    }

    public String emailOf(String userId) {
        return accounts.get(userId).email();
    }

    /** Stores a new avatar after checking its bytes; answers the updated profile. */
    public ExpertProfile saveAvatar(String userId, String declaredType, byte[] data) {
        if (data == null || data.length == 0) {
            throw new InvalidInputException("body", "send the image as the request body");
        }
        if (data.length > AvatarImages.MAX_BYTES) {
            throw new TooLargeException("Avatars may be at most 1 MB.");
        }
        String type = AvatarImages.detect(data).orElseThrow(() ->
                new InvalidInputException("body", "the file is not a PNG, JPEG or WebP image"));
        if (declaredType != null && !declaredType.toLowerCase(Locale.ROOT).startsWith(type)) {
            throw new InvalidInputException("body", "the file is a " + type + " image but was sent as " + declaredType);
        }
        mine(userId);
        String version = AvatarImages.version(data);
        avatars.save(userId, new Avatar(type, data, version), clock.instant());
        ExpertProfile updated = store.setAvatarVersion(userId, version).orElseThrow();
        index.refresh(updated);
        return updated;
    }

    public void deleteAvatar(String userId) {
        mine(userId);
        avatars.delete(userId);
        store.setAvatarVersion(userId, null).ifPresent(index::refresh);
    }

    /**
     * An expert's photo for this viewer: a public expert's to anyone; another's only to its owner, to
     * administrators, and to whoever holds a ticket from a URL given to them ({@link AvatarLinks}).
     */
    public Optional<ShownAvatar> avatar(String expertId, String viewerId, boolean viewerIsAdmin, String ticket) {
        Optional<ExpertProfile> profile = store.find(expertId);
        boolean open = profile.isPresent() && profile.get().isPublic();
        boolean visible = open || profile.isPresent() && (expertId.equals(viewerId) || viewerIsAdmin
                || avatarLinks.allows(expertId, ticket));
        return visible ? avatars.find(expertId).map(avatar -> new ShownAvatar(avatar, open)) : Optional.empty();
    }

    /** A photo as served: {@code open} when anyone may see it (so shared caches may keep it). */
    public record ShownAvatar(Avatar avatar, boolean open) {
    }

    /** The photo's URL as the profile's viewer (its owner, an administrator, anyone if public) is given it. */
    public String avatarUrl(ExpertProfile profile) {
        return avatarLinks.url(profile);
    }

    /** Keeps the profile's copy of the account in step (name, suspension, role). */
    void onAccountChanged(@Observes AccountChanged change) {
        store.find(change.userId()).ifPresent(profile -> {
            store.setAccount(change.userId(), change.displayName(), !change.suspended() && change.role() == Role.EXPERT);
            store.find(change.userId()).ifPresent(index::refresh);
        });
    }

    private static boolean active(User user) {
        return !user.suspended() && user.role() == Role.EXPERT;
    }

    private static List<String> distinctTrimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static boolean validZone(String zone) {
        try {
            return zone != null && ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
