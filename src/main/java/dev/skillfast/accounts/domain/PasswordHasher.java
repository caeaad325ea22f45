package dev.skillfast.accounts.domain;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Passwords hashed with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, a random salt per
 * hash); the stored string names its own algorithm and parameters, so they can be raised later.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, checked when the account is unknown so timing tells nothing. */
    private String decoy;

    public PasswordHasher() {
    }

    /** For tests outside the container. */
    public PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        init();
    }

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy-password-not-used".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the same time as a real check, for an unknown account. */
    public void matchDecoy(String password) {
        pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
