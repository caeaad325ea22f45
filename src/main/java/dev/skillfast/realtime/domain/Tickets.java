package dev.skillfast.realtime.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.UserStatusCache;
import dev.skillfast.realtime.store.TicketStore;

/**
 * WebSocket tickets: browsers cannot send an Authorization header with a WebSocket, so a signed-in
 * user trades the access token for a ticket (single use, 30 s) and opens {@code /ws?ticket=…}.
 */
@ApplicationScoped
public class Tickets {

    static final Duration VALID_FOR = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(String ticket, Instant expiresAt) {
    }

    /** Who opened the connection. */
    public record Identity(String userId, String role) {
    }

    @Inject
    TicketStore store;

    @Inject
    UserStatusCache statuses;

    @Inject
    Clock clock;

    public Issued issue(String userId, String role) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        store.insert(hash(ticket), userId, role, expiresAt);
        return new Issued(ticket, expiresAt);
    }

    /**
     * Uses a ticket up: its holder when it existed, had not expired and the account is still in good
     * standing with the same role.
     */
    public Optional<Identity> redeem(String ticket) {
        if (ticket == null || ticket.isEmpty() || ticket.length() > 100) {
            return Optional.empty();
        }
        return store.take(hash(ticket), clock.instant())
                .filter(holder -> statuses.status(holder.userId())
                        .filter(s -> !s.suspended() && s.role().name().equals(holder.role())).isPresent())
                .map(holder -> new Identity(holder.userId(), holder.role()));
    }

    public long deleteExpired() {
        return store.deleteExpired(clock.instant());
    }

    private static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
