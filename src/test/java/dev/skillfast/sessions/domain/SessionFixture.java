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
    /** What the funding check does; by default every client can start. Tests of billing replace it. */
    public volatile SessionFunding funding = new SessionFunding() {
        @Override
        public Tariff tariff(ExpertProfile expert, Channel channel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void requireFundsToStart(String clientId, Tariff tariff) {
        }
    };

    public SessionFixture(Path dataDir) {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        new SessionIndexes().ensureIndexes(connection.database());
        sessions.store = new SessionStore(connection.database());
        sessions.clock = clock;
        sessions.requestTimeout = Duration.ofSeconds(60);
        sessions.disconnectGrace = Duration.ofSeconds(60);
        sessions.events = new RecordingEvent();
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

            @Override
            public Optional<ExpertProfile> find(String id) {
                return Optional.ofNullable(experts.get(id));
            }
        };
        sessions.funding = new SessionFunding() {
            @Override
            public Tariff tariff(ExpertProfile expert, Channel channel) {
                return new Tariff(expert.rates().get(channel), expert.currency(), expert.freeMinutes(), 2000, 60);
            }

            @Override
            public void requireFundsToStart(String clientId, Tariff tariff) {
                funding.requireFundsToStart(clientId, tariff);
            }
        };
    }

    /** A public expert with these channels and presence. */
    public void expert(String id, Presence presence, Channel... channels) {
        expert(id, presence, 100, 0, channels);
    }

    /** A public expert with this rate (per minute, cents) and free minutes on every channel given. */
    public void expert(String id, Presence presence, long rate, int freeMinutes, Channel... channels) {
        Map<Channel, Long> rates = new EnumMap<>(Channel.class);
        for (Channel channel : channels) {
            rates.put(channel, rate);
        }
        experts.put(id, new ExpertProfile(id, "Expert " + id, "Headline", "", List.of(), List.of(), List.of("en"),
                "Europe/Madrid", "EUR", rates, freeMinutes, true, presence, VerificationStatus.VERIFIED, null, true, 0, 0, 0, null,
                Instant.EPOCH));
    }

    public List<String> eventTypes() {
        return events.stream().map(SessionEvent::type).toList();
    }

    @Override
    public void close() {
        connection.close();
    }

    /** Called with every event after it is recorded (a stand-in for CDI observers). */
    public volatile java.util.function.Consumer<SessionEvent> listener = e -> {
    };

    private final class RecordingEvent implements Event<SessionEvent> {
        @Override
        public void fire(SessionEvent event) {
            events.add(event);
            listener.accept(event);
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
