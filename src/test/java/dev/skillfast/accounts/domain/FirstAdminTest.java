package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.accounts.store.UserStore;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;

/** The first administrator of a new installation. */
class FirstAdminTest {

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private UserStore users;
    private final PasswordHasher passwords = new PasswordHasher(new Pbkdf2PasswordHashImpl());

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        users = new UserStore(connection.database());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private FirstAdmin firstAdmin(Optional<String> password) {
        FirstAdmin task = new FirstAdmin();
        task.users = users;
        task.passwords = passwords;
        task.clock = Clock.systemUTC();
        task.email = "boss@example.com";
        task.password = password;
        return task;
    }

    @Test
    void withoutAPasswordTheAdminMustReplaceAOneTimeOne() {
        firstAdmin(Optional.empty()).run(connection.database());
        User admin = users.findByEmail("BOSS@example.com").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.passwordHash()).startsWith("PBKDF2WithHmacSHA512:");
    }

    @Test
    void withAConfiguredPasswordTheAdminCanSignInWithIt() {
        firstAdmin(Optional.of("configured-Password-1")).run(connection.database());
        User admin = users.findByEmail("boss@example.com").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(passwords.matches("configured-Password-1", admin.passwordHash())).isTrue();
    }

    @Test
    void runsOnceEvenWhenStartedAgain() {
        firstAdmin(Optional.empty()).run(connection.database());
        String firstHash = users.findByEmail("boss@example.com").orElseThrow().passwordHash();
        firstAdmin(Optional.of("another-Password-2")).run(connection.database());
        assertThat(users.findByEmail("boss@example.com").orElseThrow().passwordHash()).isEqualTo(firstHash);
        assertThat(users.search(null, Role.ADMIN, 0, 10).total()).isEqualTo(1);
    }

    @Test
    void aTooShortConfiguredPasswordIsAClearError() {
        assertThatThrownBy(() -> firstAdmin(Optional.of("short")).run(connection.database()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SKILLFAST_ADMIN_PASSWORD");
    }

    @Test
    void oneTimePasswordsAreLongAndDiffer() {
        assertThat(FirstAdmin.oneTimePassword()).hasSize(20).isNotEqualTo(FirstAdmin.oneTimePassword());
    }
}
