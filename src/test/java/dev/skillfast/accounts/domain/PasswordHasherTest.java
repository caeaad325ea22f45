package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** With Jakarta Security's reference PBKDF2 implementation, as the server uses its own. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new Pbkdf2PasswordHashImpl());

    @Test
    void hashesWithPbkdf2Sha512At210000IterationsAndASaltEachTime() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");
        assertThat(first).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("correct");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("Correct horse battery", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.matches("x", null)).isFalse();
    }
}
