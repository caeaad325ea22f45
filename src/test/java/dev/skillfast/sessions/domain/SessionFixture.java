package dev.skillfast.sessions.domain;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import dev.skillfast.sessions.store.SessionMarkStore;
import dev.skillfast.sessions.store.SessionStore;
import dev.skillfast.testing.ForwardingMetering;
import dev.skillfast.testing.MutableClock;
import dev.skillfast.testing.RecordingEvent;

/**
 * The session lifecycle ({@link SessionService}, {@link SessionPresence}) on the embedded store with a
 * movable clock, experts whose presence and channels a test sets, and the fired events recorded. Billing is
 * left out ({@link #metering} does nothing) unless a test plugs it in.
 */
public final class SessionFixture implements AutoCloseable {

    public final MongoConnection connection;
    public final MutableClock clock = new MutableClock();
    public final SessionStore store;
    public final SessionService sessions = new SessionService();
    public final SessionPresence presence = new SessionPresence();
    public final SessionAsking asking = new SessionAsking();
    /** Cost centres: none in these tests unless one plugs them in; a wallet pays. */
    public volatile SessionSponsors sponsors = new SessionSponsors() {
        @Override
        public Sponsorship sponsor(String clientId, FundingChoice choice, ExpertProfile expert, Channel channel, Tariff tariff) {
            throw new IllegalStateException("no cost centres in this fixture");
        }

        @Override
        public void requireMember(String clientId, String code) {
            throw new IllegalStateException("no cost centres in this fixture");
        }

        @Override
        public void giveBack(String approvalId, String clientId) {
        }

        @Override
        public void used(String approvalId, String sessionId) {
        }
    };
    public final RecordingEvent<SessionEvent> events = new RecordingEvent<>();
    private final Map<String, ExpertProfile> experts = new ConcurrentHashMap<>();
    /** What the funding check does; by default every client can start. Tests of billing replace it. */
    public volatile SessionFunding funding = new SessionFunding() {
        @Override
        public Tariff tariff(ExpertProfile expert, Channel channel) {
            return new Tariff(expert.rates().get(channel), expert.currency(), expert.freeMinutes(), 2000, 60);
        }

        @Override
        public void requireFundsToStart(String clientId, FundedBy payer, Tariff tariff) {
        }
    };
    /** What billing is told; by default nothing happens and nothing is billed. Tests of billing replace it. */
    public volatile SessionMetering metering = new NoMetering();

    public SessionFixture(Path dataDir) {
        connection = MongoConnection.open(new MongoSettings(Optional.empty(), "test", dataDir, false, Duration.ofSeconds(2)));
        new SessionIndexes().ensureIndexes(connection.database());
        store = new SessionStore(connection.database());
        sessions.store = store;
        sessions.cache = new SessionCache(store);
        sessions.clock = clock;
        sessions.requestTimeout = Duration.ofSeconds(60);
        sessions.events = events;
        sessions.asking = asking;
        asking.lifecycle = sessions;
        asking.accounts = new AccountService() {
            @Override
            public User get(String userId) {
                return new User(userId, userId + "@test", "Name of " + userId, Role.CLIENT, "en", "hash", false, false,
                        Instant.EPOCH, 0, 0, null);
            }
        };
        ExpertService expertService = new ExpertService() {
            @Override
            public Optional<ExpertProfile> findPublic(String id) {
                return Optional.ofNullable(experts.get(id));
            }

            @Override
            public Optional<ExpertProfile> find(String id) {
                return Optional.ofNullable(experts.get(id));
            }
        };
        sessions.experts = expertService;
        asking.experts = expertService;
        sessions.funding = new DelegatingFunding();
        asking.funding = sessions.funding;
        asking.sponsors = new DelegatingSponsors();
        sessions.metering = new ForwardingMetering(() -> metering);
        presence.sessions = store;
        presence.marks = new SessionMarkStore(connection.database());
        presence.lifecycle = sessions;
        presence.metering = sessions.metering;
        presence.clock = clock;
        presence.disconnectGrace = Duration.ofSeconds(60);
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
        return events.fired.stream().map(SessionEvent::type).toList();
    }

    @Override
    public void close() {
        connection.close();
    }

    private final class DelegatingFunding implements SessionFunding {
        @Override
        public Tariff tariff(ExpertProfile expert, Channel channel) {
            return funding.tariff(expert, channel);
        }

        @Override
        public void requireFundsToStart(String clientId, FundedBy payer, Tariff tariff) {
            funding.requireFundsToStart(clientId, payer, tariff);
        }
    }

    private final class DelegatingSponsors implements SessionSponsors {
        @Override
        public Sponsorship sponsor(String clientId, FundingChoice choice, ExpertProfile expert, Channel channel, Tariff tariff) {
            return sponsors.sponsor(clientId, choice, expert, channel, tariff);
        }

        @Override
        public void requireMember(String clientId, String code) {
            sponsors.requireMember(clientId, code);
        }

        @Override
        public void giveBack(String approvalId, String clientId) {
            sponsors.giveBack(approvalId, clientId);
        }

        @Override
        public void used(String approvalId, String sessionId) {
            sponsors.used(approvalId, sessionId);
        }
    }

    /** Billing left out: nothing is billed, nobody was ever seen. */
    public static class NoMetering implements SessionMetering {
        @Override
        public void prepareStart(String sessionId, Instant at) {
        }

        @Override
        public void started(Session session) {
        }

        @Override
        public void ended(Session session) {
        }

        @Override
        public void resumed(Collection<String> sessionIds) {
        }

        @Override
        public Map<String, Instant> lastSeenTogether(List<Session> active) {
            return Map.of();
        }

        @Override
        public void restarted(Collection<String> sessionIds) {
        }

        @Override
        public Map<String, SessionCharges> charges(Collection<Session> all) {
            return Map.of();
        }
    }
}
