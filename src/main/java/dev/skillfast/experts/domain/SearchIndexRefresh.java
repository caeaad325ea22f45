package dev.skillfast.experts.domain;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Reloads the search index every minute, so changes made through other servers show up here too. */
@Singleton
public class SearchIndexRefresh {

    private static final Logger LOG = Logger.getLogger(SearchIndexRefresh.class.getName());

    @Inject
    ExpertSearchIndex index;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void reload() {
        try {
            index.reload();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Search index reload failed; the last index stays in use", e);
        }
    }
}
