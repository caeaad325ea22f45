package dev.skillfast.sessions.domain;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.VerificationStatus;
import dev.skillfast.platform.mongo.MongoConnection;
import dev.skillfast.platform.mongo.MongoSettings;
import dev.skillfast.sessions.store.SessionIndexes;
import dev.skillfast.sessions.store.SessionStore;
import dev.skillfast.testing.MutableClock;

/**
 * A {@link SessionService} on the embedded store with a movable clock, experts whose presence and
 * channels a test sets, and the fired events recorded.
 */
public final class SessionFixture implements AutoCloseable {

    public final MongoConnection connection;
    public final MutableClock clock = new MutableClock();
    public final SessionService sessions = new SessionService();
    public final List<SessionEvent> events = new CopyOnWriteArrayList<>();
    private final Map<String, ExpertProfile> experts = new ConcurrentHashMap<>();

    public SessionFixture(Path dataDir) {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        new SessionIndexes().ensureIndexes(connection.database());
        sessions.store = new SessionStore(connection.database());
        sessions.clock = clock;
        sessions.requestTimeout = Duration.ofSeconds(60);
        sessions.disconnectGrace = Duration.ofSeconds(60);
        sessions.events = new RecordingEvent(events);
        sessions.accounts = new AccountService() {
            @Override
            public User get(String userId) {
                return new User(userId, userId + "@test", "Name of " + userId, Role.CLIENT, "en", "hash", false, false,
                        Instant.EPOCH, 0, 0, null);
            }
        };
        sessions.experts = new ExpertService() {
            @Override
            public Optional<ExpertProfile> findPublic(String id) {
                return Optional.ofNullable(experts.get(id));
            }
        };
    }

    /** A public expert with these channels and presence. */
    public void expert(String id, Presence presence, Channel... channels) {
        Map<Channel, Long> rates = new EnumMap<>(Channel.class);
        for (Channel channel : channels) {
            rates.put(channel, 100L);
        }
        experts.put(id, new ExpertProfile(id, "Expert " + id, "Headline", "", List.of(), List.of(), List.of("en"),
                "Europe/Madrid", "EUR", rates, 0, true, presence, VerificationStatus.VERIFIED, null, true, 0, 0, 0, null,
                Instant.EPOCH));
    }

    public List<String> eventTypes() {
        return events.stream().map(SessionEvent::type).toList();
    }

    @Override
    public void close() {
        connection.close();
    }

    private record RecordingEvent(List<SessionEvent> events) implements Event<SessionEvent> {
        @Override
        public void fire(SessionEvent event) {
            events.add(event);
        }

        @Override
        public <U extends SessionEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SessionEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<SessionEvent> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends SessionEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SessionEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
