package dev.skillfast.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.Role;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.experts.domain.VerificationStatus;

/**
 * Many plausible verified experts, made from the demo set's vocabulary with a fixed seed (the same
 * catalogue every time), for benchmarks: {@code skillfast.demo-data.extra-experts}.
 */
final class SyntheticExperts {

    private static final Logger LOG = Logger.getLogger(SyntheticExperts.class.getName());
    private static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr", "de", "it");
    private static final int BATCH = 1000;

    private SyntheticExperts() {
    }

    static void create(int count, String passwordHash, AccountService accounts, ExpertService experts, Clock clock) {
        Random random = new Random(42);
        List<String> skills = new ArrayList<>(DemoCatalogue.EXPERTS.stream().flatMap(e -> e.skills().stream()).distinct().toList());
        List<String> headlines = DemoCatalogue.EXPERTS.stream().map(DemoCatalogue.ExpertSeed::headline).toList();
        List<String> bios = DemoCatalogue.EXPERTS.stream().map(DemoCatalogue.ExpertSeed::bio).toList();
        List<String> categories = DemoCatalogue.CATEGORIES.stream().map(DemoCatalogue.CategorySeed::slug).toList();
        List<ExpertProfile> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = UUID.randomUUID().toString();
            String name = "Expert " + String.format("%05d", i);
            accounts.importAccount(id, "expert" + i + "@synthetic.skillfast.local", name, Role.EXPERT, "en", passwordHash);
            Set<String> ownSkills = new LinkedHashSet<>();
            while (ownSkills.size() < 3 + random.nextInt(3)) {
                ownSkills.add(skills.get(random.nextInt(skills.size())));
            }
            Map<Channel, Long> rates = new EnumMap<>(Channel.class);
            rates.put(Channel.CHAT, 40L + random.nextInt(200));
            if (random.nextBoolean()) {
                rates.put(Channel.VIDEO, 80L + random.nextInt(300));
            }
            boolean online = random.nextInt(10) < 4;
            batch.add(new ExpertProfile(id, name, headlines.get(random.nextInt(headlines.size())),
                    bios.get(random.nextInt(bios.size())), List.copyOf(ownSkills),
                    List.of(categories.get(random.nextInt(categories.size()))),
                    List.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))), "Europe/Madrid", "EUR", rates,
                    random.nextInt(3), online, Presence.OFFLINE, VerificationStatus.VERIFIED,
                    null, true, Math.round(random.nextDouble() * 50) / 10.0, random.nextInt(40), random.nextInt(500),
                    null, clock.instant()));
            if (batch.size() == BATCH || i == count) {
                experts.importProfiles(batch, Map.of());
                batch = new ArrayList<>();
            }
        }
        LOG.info(() -> count + " synthetic experts created for benchmarking.");
    }
}
