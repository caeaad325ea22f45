package dev.skillfast.experts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.testing.MutableClock;

/** Presence writes and the "changed since" read other servers' search indexes refresh from. */
class ExpertStoreTest {

    @TempDir
    Path dataDir;

    private MongoConnection connection;
    private ExpertStore store;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void open() {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        store = new ExpertStore(connection.database());
        store.clock = clock;
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private void save(String id) {
        store.save(id, new ExpertStore.Edit("Expert " + id, "Headline", "", List.of("Java"), List.of("programming"),
                List.of("en"), "Europe/Madrid", "EUR", Map.of(Channel.CHAT, 100L), 0, true, true), clock.instant());
    }

    @Test
    void newProfilesStartOfflineAndPresenceReportsOnlyChanges() {
        save("a");
        assertThat(store.find("a").orElseThrow().presence()).isEqualTo(Presence.OFFLINE);
        assertThat(store.setPresence("a", Presence.ONLINE)).map(ExpertProfile::presence).contains(Presence.ONLINE);
        assertThat(store.setPresence("a", Presence.ONLINE)).isEmpty();
        assertThat(store.setPresence("nobody", Presence.ONLINE)).isEmpty();
        save("a"); // saving the profile keeps the live presence
        assertThat(store.find("a").orElseThrow().presence()).isEqualTo(Presence.ONLINE);
        assertThat(store.resetPresence()).isEqualTo(1);
        assertThat(store.find("a").orElseThrow().presence()).isEqualTo(Presence.OFFLINE);
    }

    @Test
    void changedSinceListsWhatWasWrittenAfterThatMoment() {
        save("a");
        save("b");
        Instant checkpoint = clock.instant().plusSeconds(1);
        clock.advance(Duration.ofSeconds(10));
        store.setPresence("b", Presence.ONLINE);
        save("c");
        assertThat(store.changedSince(checkpoint)).extracting(ExpertProfile::id).containsExactlyInAnyOrder("b", "c");
    }
}
