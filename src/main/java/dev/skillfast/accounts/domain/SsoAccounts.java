package dev.skillfast.accounts.domain;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import dev.skillfast.accounts.store.UserStore;
import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;

/**
 * The SkillFast account of a provider's user: found by its link (issuer and subject), or an existing
 * account with the same verified e-mail linked at its first single sign-on, or created; then kept in step
 * (e-mail, name, and the role its groups give, so a removed admin group removes the role). A suspension in
 * SkillFast is never lifted by the provider.
 */
@ApplicationScoped
public class SsoAccounts {

    private static final Logger LOG = Logger.getLogger(SsoAccounts.class.getName());

    @Inject
    UserStore users;

    @Inject
    UserStatusCache statusCache;

    @Inject
    Event<AccountChanged> changes;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public SsoAccounts() {
    }

    /** For tests outside the container. */
    public SsoAccounts(UserStore users, UserStatusCache statusCache, Event<AccountChanged> changes, Clock clock,
                       AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.statusCache = statusCache;
        this.changes = changes;
        this.clock = clock;
    }

    /** The account to sign in, created or brought in step with the provider. */
    public User accountFor(SsoIdentity identity, Role role) {
        User user = users.findBySsoKey(identity.key()).or(() -> linkOrCreate(identity, role))
                .orElseThrow(() -> new SsoFailure(SsoFailure.Code.UNKNOWN_USER,
                        "No account could be linked to " + identity.key()));
        if (user.suspended()) {
            audit.securityEvent(AuditAction.AUTH_SUSPENDED_ATTEMPT, user.id(), user.email(),
                    java.util.Map.of("via", "single sign-on"), null);
            throw new SsoFailure(SsoFailure.Code.SUSPENDED, "Account " + user.id() + " is suspended");
        }
        if (user.role() == role && user.displayName().equals(identity.name()) && user.email().equals(identity.email())) {
            return user;
        }
        User synced = users.syncFromProvider(user.id(), identity.email(), identity.name(), role, clock.instant())
                .orElse(user);
        statusCache.forget(user.id());
        changes.fire(AccountChanged.of(synced));
        if (user.role() != synced.role()) {
            LOG.info(() -> "Single sign-on changed the role of account " + user.id() + " from " + user.role() + " to "
                    + synced.role() + " (provider groups).");
        }
        return synced;
    }

    private Optional<User> linkOrCreate(SsoIdentity identity, Role role) {
        Optional<User> sameEmail = users.findByEmail(identity.email());
        if (sameEmail.isPresent()) {
            User existing = sameEmail.get();
            // An unverified e-mail could be anyone's: never hand an existing account over on its strength.
            if (identity.emailVerified() && users.link(existing.id(), identity.key())) {
                LOG.info(() -> "Account " + existing.id() + " linked to its single sign-on identity.");
                return Optional.of(existing);
            }
            return Optional.empty();
        }
        User created = new User(UUID.randomUUID().toString(), identity.email(), identity.name(), role,
                identity.language(), null, false, false, clock.instant(), 0, 0, null);
        if (users.insertLinked(created, identity.key())) {
            LOG.info(() -> "New " + role + " account " + created.id() + " created by single sign-on.");
            changes.fire(AccountChanged.of(created));
            return Optional.of(created);
        }
        return users.findBySsoKey(identity.key()); // a concurrent first sign-in of the same person created it
    }
}
