package dev.skillfast.costcentres.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.SsoSignedIn;
import dev.skillfast.costcentres.store.CostCentreStore;
import dev.skillfast.costcentres.store.MemberStore;

/**
 * Membership from the identity provider: with {@code skillfast.costcentre.claim} set, every single sign-on
 * makes the person a member of exactly the centres the claim names (a string or a list of codes, any case;
 * codes of no centre are ignored). Members assigned by administrators are kept apart and stay.
 */
@ApplicationScoped
public class SsoMemberships {

    private static final Logger LOG = Logger.getLogger(SsoMemberships.class.getName());

    @Inject
    CostCentreSettings settings;

    @Inject
    CostCentreStore centres;

    @Inject
    MemberStore members;

    @Inject
    Clock clock;

    void onSignIn(@Observes SsoSignedIn signedIn) {
        settings.claim().ifPresent(claim -> {
            try {
                Set<String> codes = codesIn(signedIn.claims().get(claim));
                codes.removeIf(code -> centres.find(code).isEmpty());
                members.replaceOfUser(signedIn.userId(), Member.Source.SSO, codes, clock.instant());
            } catch (RuntimeException e) {
                // the sign-in stands; the memberships are brought in step at the next one
                LOG.log(Level.WARNING, "Could not take the cost centres of " + signedIn.userId() + " from the sign-in", e);
            }
        });
    }

    static Set<String> codesIn(Object value) {
        Set<String> codes = new TreeSet<>();
        if (value instanceof String text) {
            add(codes, text);
        } else if (value instanceof Collection<?> many) {
            many.forEach(item -> {
                if (item instanceof String text) {
                    add(codes, text);
                }
            });
        }
        return codes;
    }

    private static void add(Set<String> codes, String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
            codes.add(code);
        }
    }
}
