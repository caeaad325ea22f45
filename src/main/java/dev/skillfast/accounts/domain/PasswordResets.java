package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.store.PasswordResetStore;
import dev.skillfast.accounts.store.UserStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.mail.MailSettings;
import dev.skillfast.platform.mail.Outbox;
import dev.skillfast.platform.security.RateLimiter;
import dev.skillfast.platform.security.RateLimits;

/**
 * Password reset: a single-use link, valid for {@code skillfast.auth.password-reset-validity}, stored
 * only as its hash. Mailed on request (the answer never says whether the account exists), or made by an
 * administrator for a desk without mail. Using it sets the password and ends every sign-in of the account.
 */
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    static final String PATH = "/reset-password?token=";

    @Inject
    UserStore users;

    @Inject
    PasswordResetStore store;

    @Inject
    PasswordHasher passwords;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    UserStatusCache statusCache;

    @Inject
    AuthPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Whether a user can get a reset link by mail (else an administrator makes one). */
    public boolean byMail() {
        return outbox.enabled() && mail.publicUrl().isPresent();
    }

    /** A link made for an administrator to hand over. */
    public record Link(String url, Instant expiresAt) {
    }

    /**
     * {@link #request} on another thread: the answer to the caller then takes as long whether or not the
     * address has an account (no discovery by timing either).
     */
    public void requestLater(String email) {
        try {
            executor.execute(() -> request(email));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Password reset could not be started", e);
        }
    }

    /**
     * Mails a reset link when {@code email} belongs to an account that signs in with a password, is not
     * suspended, and has not had too many links lately; otherwise does nothing, silently.
     */
    public void request(String email) {
        Optional<User> found = users.findByEmail(email).filter(this::mayReset);
        Optional<String> appUrl = mail.publicUrl();
        if (found.isEmpty() || !outbox.enabled()) {
            return;
        }
        if (appUrl.isEmpty()) {
            LOG.warning("A password reset was asked for, but SKILLFAST_PUBLIC_URL is not set: no link can be mailed.");
            return;
        }
        User user = found.get();
        if (limiter.tryAcquire(limits.passwordResetPerAccount(), "reset:" + user.id()).isPresent()) {
            LOG.info(() -> "Password reset for account " + user.id() + " not mailed: too many asked for lately.");
            return;
        }
        String token = OpaqueTokens.newToken();
        Link link = create(user, token, appUrl.get());
        outbox.enqueue("password-reset:" + OpaqueTokens.hash(token), user.email(), user.language(), "password-reset",
                Map.of("name", user.displayName(), "link", link.url(), "minutes", policy.resetValidity().toMinutes()));
    }

    /** An administrator's one-time link for {@code userId}, for a desk that sends no mail. */
    public Link linkFor(String userId, String appUrl) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No such account."));
        if (!mayReset(user)) {
            throw new ConflictException(user.suspended()
                    ? "This account is suspended: reactivate it before making a reset link."
                    : "This account signs in through single sign-on and has no password to reset.");
        }
        return create(user, OpaqueTokens.newToken(), appUrl);
    }

    /** Sets the password with a link's token, once; every sign-in of the account ends. */
    public void confirm(String token, String newPassword) {
        Instant now = clock.instant();
        String userId = store.consume(OpaqueTokens.hash(token == null ? "" : token), now)
                .orElseThrow(() -> new InvalidInputException("token",
                        "This link is not valid: it has expired or was used already. Ask for a new one."));
        refreshTokens.revokeAll(userId);
        users.updatePassword(userId, passwords.hash(newPassword), now)
                .orElseThrow(() -> new InvalidInputException("token", "The account of this link no longer exists."));
        users.clearLoginFailures(userId);
        statusCache.forget(userId);
        LOG.info(() -> "Password reset for account " + userId + "; every sign-in of it was ended.");
    }

    private boolean mayReset(User user) {
        return !user.suspended() && user.passwordHash() != null;
    }

    private Link create(User user, String token, String appUrl) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(policy.resetValidity());
        store.insert(OpaqueTokens.hash(token), user.id(), now, expiresAt);
        return new Link(appUrl + PATH + token, expiresAt);
    }
}
