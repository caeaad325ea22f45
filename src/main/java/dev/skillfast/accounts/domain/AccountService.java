package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.store.UserStore;
import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.errors.TooManyRequestsException;
import dev.skillfast.platform.errors.UnauthorizedException;

/** Sign-up, sign-in, sessions, profile and administration of accounts. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    UserStore users;

    @Inject
    PasswordHasher passwords;

    @Inject
    AccessTokenIssuer accessTokens;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    UserStatusCache statusCache;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AuthPolicy policy;

    @Inject
    jakarta.enterprise.event.Event<AccountChanged> changes;

    private final LoginLockPolicy lockPolicy = LoginLockPolicy.DEFAULT;

    /** A signed-in session: the access token for API calls and the refresh token for the cookie. */
    public record SignIn(User user, AccessTokenIssuer.IssuedToken accessToken, RefreshTokens.Issued refreshToken) {
    }

    public User register(String email, String password, String displayName, Role role, String language) {
        if (!role.selfServiceAllowed()) {
            throw new IllegalArgumentException("Self-service registration cannot create " + role);
        }
        if (!policy.localSignup()) {
            throw new ForbiddenException("Sign-up with a password is turned off on this desk: sign in with your "
                    + "company account instead.");
        }
        User user = new User(UUID.randomUUID().toString(), email.trim(), displayName.trim(), role, language,
                passwords.hash(password), false, false, clock.instant(), 0, 0, null);
        if (!users.insert(user)) {
            throw new ConflictException("An account with this e-mail address already exists.");
        }
        LOG.info(() -> "New " + role + " account " + user.id());
        return user;
    }

    /**
     * Creates an account from an existing password hash, for seeding (demo data) where hashing the same
     * password for every account would only cost start-up time. Answers false when the e-mail is taken.
     */
    public boolean importAccount(String id, String email, String displayName, Role role, String language,
                                 String passwordHash) {
        return users.insert(new User(id, email, displayName, role, language, passwordHash, false, false,
                clock.instant(), 0, 0, null));
    }

    public String hashPassword(String password) {
        return passwords.hash(password);
    }

    public SignIn login(String email, String password) {
        if (!policy.localLogin()) {
            throw new ForbiddenException("Sign-in with a password is turned off on this desk: sign in with your "
                    + "company account instead.");
        }
        Instant now = clock.instant();
        Optional<User> found = users.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matchDecoy(password);
            throw invalidCredentials();
        }
        User user = found.get();
        if (user.lockedAt(now)) {
            audit.securityEvent(AuditAction.AUTH_SIGN_IN_LOCKED, user.id(), user.email(),
                    Map.of("lockedUntil", user.lockedUntil().toString(), "whileLocked", true), null);
            throw locked(Duration.between(now, user.lockedUntil()));
        }
        if (!passwords.matches(password, user.passwordHash())) {
            int failures = users.recordLoginFailure(user.id());
            lockPolicy.lockAfter(failures).ifPresent(lock -> {
                users.lockUntil(user.id(), now.plus(lock));
                LOG.warning(() -> "Account " + user.id() + " locked for " + lock.toSeconds() + " s after "
                        + failures + " failed sign-ins.");
                audit.securityEvent(AuditAction.AUTH_SIGN_IN_LOCKED, user.id(), user.email(),
                        Map.of("failures", failures, "lockedUntil", now.plus(lock).toString()), null);
            });
            throw invalidCredentials();
        }
        // Only after the password proved right, so guessers learn nothing about the account's state.
        if (user.suspended()) {
            audit.securityEvent(AuditAction.AUTH_SUSPENDED_ATTEMPT, user.id(), user.email(), Map.of("via", "password"), null);
            throw new ForbiddenException("This account is suspended. Contact your administrator.");
        }
        if (user.loginFailures() > 0) {
            users.clearLoginFailures(user.id());
        }
        return signIn(user);
    }

    public SignIn refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new UnauthorizedException("You are not signed in.");
        }
        RefreshTokens.Issued next = refreshTokens.rotate(refreshToken, reusedBy -> audit.securityEvent(
                AuditAction.AUTH_REFRESH_TOKEN_REUSE, reusedBy, users.findById(reusedBy).map(User::email).orElse(null),
                Map.of("revoked", "the sign-in the token belonged to"), null));
        User user = users.findById(next.userId()).orElse(null);
        if (user != null && user.suspended()) {
            audit.securityEvent(AuditAction.AUTH_SUSPENDED_ATTEMPT, user.id(), user.email(), Map.of("via", "refresh"), null);
        }
        if (user == null || user.suspended()) {
            refreshTokens.revokeAll(next.userId());
            throw new UnauthorizedException("Your session has ended. Sign in again.");
        }
        return new SignIn(user, accessTokens.issue(user), next);
    }

    public void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    public User get(String userId) {
        return users.findById(userId).orElseThrow(AccountService::notFound);
    }

    public User updateProfile(String userId, String displayName, String language) {
        User user = users.updateProfile(userId, displayName == null ? null : displayName.trim(), language,
                clock.instant()).orElseThrow(AccountService::notFound);
        statusCache.forget(userId);
        changes.fire(AccountChanged.of(user));
        return user;
    }

    /** Changes the password, ends every other sign-in, and answers a fresh one for this client. */
    public SignIn changePassword(String userId, String currentPassword, String newPassword) {
        User user = get(userId);
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is wrong.");
        }
        refreshTokens.revokeAll(userId);
        User updated = users.updatePassword(userId, passwords.hash(newPassword), clock.instant())
                .orElseThrow(AccountService::notFound);
        statusCache.forget(userId);
        LOG.info(() -> "Password changed for account " + userId + "; its other sign-ins were ended.");
        return signIn(updated);
    }

    public UserPage search(String query, Role role, int page, int size) {
        return users.search(query, role, page, size);
    }

    /** An administrator suspends, reactivates or changes the role of another account. */
    public User administer(String adminId, String userId, Boolean suspended, Role role) {
        if (adminId.equals(userId) && (Boolean.TRUE.equals(suspended) || (role != null && role != Role.ADMIN))) {
            throw new ConflictException("You cannot suspend yourself or give up your own administrator role.");
        }
        User user = users.updateAdministration(userId, suspended, role, clock.instant())
                .orElseThrow(AccountService::notFound);
        if (Boolean.TRUE.equals(suspended)) {
            refreshTokens.revokeAll(userId);
        }
        statusCache.forget(userId);
        changes.fire(AccountChanged.of(user));
        LOG.info(() -> "Administrator " + adminId + " changed account " + userId + ": suspended=" + suspended
                + ", role=" + role);
        return user;
    }

    /**
     * Signs in an account that the single sign-on provider vouched for: the same access and refresh tokens
     * as a password sign-in.
     */
    public SignIn signInVouched(User user) {
        return signIn(user);
    }

    private SignIn signIn(User user) {
        return new SignIn(user, accessTokens.issue(user), refreshTokens.startFamily(user.id()));
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("The e-mail or password is wrong.");
    }

    private static TooManyRequestsException locked(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new TooManyRequestsException(
                "Too many failed sign-ins for this account. Try again in " + seconds + " seconds.",
                Duration.ofSeconds(seconds));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such account.");
    }
}
