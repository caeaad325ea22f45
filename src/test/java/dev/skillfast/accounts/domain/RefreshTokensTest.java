package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.accounts.store.RefreshTokenStore;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.errors.UnauthorizedException;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.testing.MutableClock;

/** Rotation, reuse detection, expiry and races, against the embedded store and a movable clock. */
class RefreshTokensTest {

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private MutableClock clock;
    private RefreshTokens tokens;

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        clock = new MutableClock();
        tokens = new RefreshTokens(new RefreshTokenStore(connection.database()), clock, 7, 30);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        RefreshTokens.Issued issued = tokens.startFamily("u1");
        assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(43);
        String stored = connection.database().getCollection("refresh_tokens").find().first().toJson();
        assertThat(stored).doesNotContain(issued.token()).contains(RefreshTokens.hash(issued.token()));
    }

    @Test
    void eachUseRotatesAndReuseRevokesTheFamily() {
        RefreshTokens.Issued first = tokens.startFamily("u1");
        RefreshTokens.Issued second = tokens.rotate(first.token());
        assertThat(second.userId()).isEqualTo("u1");
        assertThat(second.familyId()).isEqualTo(first.familyId());
        RefreshTokens.Issued third = tokens.rotate(second.token());

        assertThatThrownBy(() -> tokens.rotate(first.token())).isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> tokens.rotate(third.token())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void otherFamiliesSurviveAReuse() {
        RefreshTokens.Issued laptop = tokens.startFamily("u1");
        RefreshTokens.Issued phone = tokens.startFamily("u1");
        tokens.rotate(laptop.token());
        assertThatThrownBy(() -> tokens.rotate(laptop.token())).isInstanceOf(UnauthorizedException.class);
        assertThat(tokens.rotate(phone.token()).userId()).isEqualTo("u1");
    }

    @Test
    void idleTokensExpireAfterSevenDays() {
        RefreshTokens.Issued issued = tokens.startFamily("u1");
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThatThrownBy(() -> tokens.rotate(issued.token())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void aSignInEndsAfterThirtyDaysHoweverActive() {
        RefreshTokens.Issued current = tokens.startFamily("u1");
        for (int day = 0; day < 29; day++) {
            clock.advance(Duration.ofDays(1));
            current = tokens.rotate(current.token());
        }
        assertThat(current.lifetime()).isLessThanOrEqualTo(Duration.ofDays(1));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        RefreshTokens.Issued last = current;
        assertThatThrownBy(() -> tokens.rotate(last.token())).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void logoutAndRevokeAllEndSignIns() {
        RefreshTokens.Issued a = tokens.startFamily("u1");
        RefreshTokens.Issued b = tokens.startFamily("u1");
        RefreshTokens.Issued other = tokens.startFamily("u2");
        tokens.revokeFamilyOf(a.token());
        assertThatThrownBy(() -> tokens.rotate(a.token())).isInstanceOf(UnauthorizedException.class);
        tokens.revokeAll("u1");
        assertThatThrownBy(() -> tokens.rotate(b.token())).isInstanceOf(UnauthorizedException.class);
        assertThat(tokens.rotate(other.token()).userId()).isEqualTo("u2");
        tokens.revokeFamilyOf("unknown-token");
        tokens.revokeFamilyOf(null);
    }

    @Test
    void ofConcurrentUsesOfOneTokenAtMostOneWins() throws Exception {
        RefreshTokens.Issued issued = tokens.startFamily("u1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> {
                    try {
                        tokens.rotate(issued.token());
                        return true;
                    } catch (UnauthorizedException refused) {
                        return false;
                    }
                });
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            // One wins the conditional update; the others present a rotated token, which revokes the family,
            // so even the winner may have lost its successor by now. Never more than one successor.
            assertThat(winners).isLessThanOrEqualTo(1);
            assertThat(connection.database().getCollection("refresh_tokens").countDocuments()).isLessThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
