package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.accounts.store.RefreshTokenStore;
import dev.skillfast.platform.errors.UnauthorizedException;

/**
 * Opaque refresh tokens: 256 random bits, stored only as their SHA-256 hash. Each use rotates the
 * token; presenting a token that was already rotated means it was copied, so the whole family (the
 * sign-in it belongs to) is revoked.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final Logger LOG = Logger.getLogger(RefreshTokens.class.getName());

    @Inject
    RefreshTokenStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.auth.refresh-idle-days")
    long idleDays;

    @Inject
    @ConfigProperty(name = "skillfast.auth.refresh-absolute-days")
    long absoluteDays;

    public RefreshTokens() {
    }

    /** For tests outside the container. */
    public RefreshTokens(RefreshTokenStore store, Clock clock, long idleDays, long absoluteDays) {
        this.store = store;
        this.clock = clock;
        this.idleDays = idleDays;
        this.absoluteDays = absoluteDays;
    }

    /** A new token from a rotation or a sign-in. */
    public record Issued(String token, String userId, String familyId, Duration lifetime) {
    }

    /** Starts a new family (one sign-in) and answers its first token. */
    public Issued startFamily(String userId) {
        Instant now = clock.instant();
        String familyId = UUID.randomUUID().toString();
        Instant absoluteExpiry = now.plus(Duration.ofDays(absoluteDays));
        store.insertFamily(familyId, userId, now, absoluteExpiry);
        return issueInFamily(familyId, userId, now, absoluteExpiry);
    }

    /** Uses a token: answers its successor, or refuses (and revokes the family on reuse). */
    public Issued rotate(String token) {
        return rotate(token, reusedBy -> { });
    }

    /** {@link #rotate(String)}, telling {@code onReuse} whose rotated token was presented again. */
    public Issued rotate(String token, java.util.function.Consumer<String> onReuse) {
        Instant now = clock.instant();
        String hash = hash(token);
        RefreshTokenStore.Token claimed = store.claim(hash, now).orElseThrow(() -> {
            store.find(hash).filter(t -> t.rotatedAt() != null).ifPresent(reused -> {
                store.revokeFamily(reused.familyId(), now);
                LOG.warning(() -> "A rotated refresh token was presented again: family " + reused.familyId()
                        + " of user " + reused.userId() + " revoked.");
                onReuse.accept(reused.userId());
            });
            return invalid();
        });
        RefreshTokenStore.Family family = store.findFamily(claimed.familyId()).orElseThrow(RefreshTokens::invalid);
        if (family.revokedAt() != null || !family.absoluteExpiresAt().isAfter(now)
                || !claimed.idleExpiresAt().isAfter(now)) {
            throw invalid();
        }
        Issued next = issueInFamily(family.id(), claimed.userId(), now, family.absoluteExpiresAt());
        // A revocation racing with this rotation must win: look again after writing the successor.
        if (store.findFamily(family.id()).map(RefreshTokenStore.Family::revokedAt).isPresent()) {
            throw invalid();
        }
        return next;
    }

    /** Ends the sign-in the token belongs to (logout); unknown tokens are ignored. */
    public void revokeFamilyOf(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        store.find(hash(token)).ifPresent(t -> store.revokeFamily(t.familyId(), clock.instant()));
    }

    public void revokeAll(String userId) {
        store.revokeAllFamilies(userId, clock.instant());
    }

    private Issued issueInFamily(String familyId, String userId, Instant now, Instant absoluteExpiry) {
        String token = OpaqueTokens.newToken();
        Instant idleExpiry = now.plus(Duration.ofDays(idleDays));
        Instant expiry = idleExpiry.isBefore(absoluteExpiry) ? idleExpiry : absoluteExpiry;
        store.insertToken(hash(token), familyId, userId, now, expiry);
        return new Issued(token, userId, familyId, Duration.between(now, expiry));
    }

    static String hash(String token) {
        return OpaqueTokens.hash(token);
    }

    private static UnauthorizedException invalid() {
        return new UnauthorizedException("Your session has ended. Sign in again.");
    }
}
