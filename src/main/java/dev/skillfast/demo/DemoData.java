package dev.skillfast.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoDatabase;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.billing.domain.BillingSettings;
import dev.skillfast.billing.domain.Money;
import dev.skillfast.billing.domain.Wallets;
import dev.skillfast.categories.domain.CategoryService;
import dev.skillfast.categories.domain.LocalizedText;
import dev.skillfast.experts.domain.Avatar;
import dev.skillfast.experts.domain.AvatarImages;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.VerificationStatus;
import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.DatabaseStartupTask;
import dev.skillfast.platform.mongo.MongoProducer;

/** Loads the demo set once (see the package notes); the README lists its accounts. */
@ApplicationScoped
public class DemoData implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String EXPERT_PASSWORD = "demo-expert-2026";
    static final String CLIENT_PASSWORD = "demo-client-2026";
    static final String CLIENT_EMAIL = "client@demo.skillfast.local";

    @Inject
    @ConfigProperty(name = "skillfast.demo-data")
    Optional<Boolean> enabled;

    /** Extra synthetic experts on top of the demo set, for load tests and benchmarks (0 by default). */
    @Inject
    @ConfigProperty(name = "skillfast.demo-data.extra-experts")
    int extraExperts;

    /** Extra synthetic clients (client1@synthetic.skillfast.local …, the demo client's password), for load tests. */
    @Inject
    @ConfigProperty(name = "skillfast.demo-data.extra-clients")
    int extraClients;

    /** What each demo and synthetic client's wallet starts with, as a GRANT (minor units of the default currency). */
    @Inject
    @ConfigProperty(name = "skillfast.demo-data.client-credit")
    long clientCredit;

    @Inject
    MongoProducer mongo;

    @Inject
    Wallets wallets;

    @Inject
    BillingSettings billing;

    @Inject
    AccountService accounts;

    @Inject
    CategoryService categories;

    @Inject
    ExpertService experts;

    @Inject
    Clock clock;

    @Override
    public void run(MongoDatabase database) {
        boolean wanted = enabled.orElse(mongo.connection().mode() == DatabaseMode.EMBEDDED);
        if (!wanted || !categories.all().isEmpty() || experts.anyProfile()) {
            return;
        }
        for (DemoCatalogue.CategorySeed seed : DemoCatalogue.CATEGORIES) {
            categories.create(seed.slug(), new LocalizedText(seed.nameEs(), seed.nameEn()),
                    new LocalizedText(seed.descriptionEs(), seed.descriptionEn()));
        }
        String expertHash = accounts.hashPassword(EXPERT_PASSWORD);
        List<ExpertProfile> profiles = new ArrayList<>();
        Map<String, Avatar> photos = new LinkedHashMap<>();
        int seed = 0;
        for (DemoCatalogue.ExpertSeed expert : DemoCatalogue.EXPERTS) {
            String id = UUID.randomUUID().toString();
            if (!accounts.importAccount(id, expert.email(), expert.name(), Role.EXPERT, expert.languages().get(0), expertHash)) {
                continue;
            }
            Map<Channel, Long> rates = new EnumMap<>(Channel.class);
            rates.put(Channel.CHAT, expert.chatRate());
            if (expert.audioRate() > 0) {
                rates.put(Channel.AUDIO, expert.audioRate());
            }
            if (expert.videoRate() > 0) {
                rates.put(Channel.VIDEO, expert.videoRate());
            }
            byte[] photo = DemoAvatars.png(seed);
            String version = AvatarImages.version(photo);
            photos.put(id, new Avatar("image/png", photo, version));
            profiles.add(new ExpertProfile(id, expert.name(), expert.headline(), expert.bio(), expert.skills(),
                    expert.categories(), expert.languages(), expert.timeZone(), "EUR", rates, seed % 3 == 0 ? 2 : 0,
                    expert.online(), Presence.OFFLINE, VerificationStatus.VERIFIED,
                    null, true, 0.0, 0, 0, version, clock.instant()));
            seed++;
        }
        experts.importProfiles(profiles, photos);
        if (extraExperts > 0) {
            SyntheticExperts.create(extraExperts, expertHash, accounts, experts, clock);
        }
        String clientHash = accounts.hashPassword(CLIENT_PASSWORD);
        String demoClient = UUID.randomUUID().toString();
        if (accounts.importAccount(demoClient, CLIENT_EMAIL, "Demo Client", Role.CLIENT, "es", clientHash)) {
            credit(demoClient);
        }
        for (int i = 1; i <= extraClients; i++) {
            String id = UUID.randomUUID().toString();
            if (accounts.importAccount(id, "client" + i + "@synthetic.skillfast.local",
                    "Client " + String.format("%05d", i), Role.CLIENT, "en", clientHash)) {
                credit(id);
            }
        }
        LOG.info(() -> "Demo clients start with " + Money.format(clientCredit, billing.currency()) + " of credit.");
        LOG.info(() -> "Demo data loaded: " + DemoCatalogue.CATEGORIES.size() + " categories, "
                + (profiles.size() + extraExperts) + " verified experts (password " + EXPERT_PASSWORD + "), client " + CLIENT_EMAIL + " (password "
                + CLIENT_PASSWORD + "). Set SKILLFAST_DEMO_DATA=false on a new database to start empty.");
    }

    private void credit(String clientId) {
        if (clientCredit > 0) {
            wallets.grant("demo-data", clientId, clientCredit, billing.currency(), "Demo credit", "demo-credit:" + clientId);
        }
    }
}
