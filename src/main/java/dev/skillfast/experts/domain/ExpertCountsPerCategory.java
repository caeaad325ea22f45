package dev.skillfast.experts.domain;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.categories.domain.PublicExpertCounts;

/** The categories feature's question, answered from the search index (public experts only). */
@ApplicationScoped
public class ExpertCountsPerCategory implements PublicExpertCounts {

    @Inject
    ExpertSearchIndex index;

    @Override
    public Map<String, Long> perCategory() {
        return index.countByCategory();
    }

    /** Public experts ONLINE now, in all. */
    public long onlineTotal() {
        return index.count(profile -> profile.presence() == Presence.ONLINE);
    }

    /** Public experts ONLINE now (connected, available, not in a session), per category (operations console). */
    public Map<String, Long> onlinePerCategory() {
        return index.countByCategory(profile -> profile.presence() == Presence.ONLINE);
    }
}
