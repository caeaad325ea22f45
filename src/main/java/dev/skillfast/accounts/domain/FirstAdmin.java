package dev.skillfast.accounts.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.accounts.store.UserStore;
import dev.skillfast.platform.mongo.DatabaseStartupTask;

/**
 * Makes sure someone can administer a new installation: when no ADMIN exists, creates one from
 * {@code SKILLFAST_ADMIN_EMAIL}/{@code SKILLFAST_ADMIN_PASSWORD}, or, without a password, with a
 * one-time password printed once in the log that must be changed at first sign-in.
 */
@ApplicationScoped
public class FirstAdmin implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserStore users;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "skillfast.admin.email")
    String email;

    @Inject
    @ConfigProperty(name = "skillfast.admin.password")
    Optional<String> password;

    @Override
    public void run(MongoDatabase database) {
        if (users.anyWithRole(Role.ADMIN) || users.findByEmail(email).isPresent()) {
            return;
        }
        Optional<String> configured = password.filter(p -> !p.isBlank());
        if (configured.isPresent() && configured.get().length() < 10) {
            throw new IllegalStateException("SKILLFAST_ADMIN_PASSWORD must have at least 10 characters");
        }
        String initialPassword = configured.orElseGet(FirstAdmin::oneTimePassword);
        User admin = new User(UUID.randomUUID().toString(), email, "Administrator", Role.ADMIN, "en",
                passwords.hash(initialPassword), false, configured.isEmpty(), clock.instant(), 0, 0, null);
        if (!users.insert(admin)) {
            return; // another server created it meanwhile
        }
        if (configured.isPresent()) {
            LOG.info(() -> "First administrator created: " + email + " (password from SKILLFAST_ADMIN_PASSWORD).");
        } else {
            // Printed once, never stored in clear: the administrator must replace it at first sign-in.
            LOG.warning(() -> "First administrator created: " + email + " with the one-time password "
                    + initialPassword + " - sign in and change it now; it is not shown again.");
        }
    }

    static String oneTimePassword() {
        StringBuilder out = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
