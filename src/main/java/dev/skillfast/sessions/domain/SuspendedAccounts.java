package dev.skillfast.sessions.domain;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountChanged;

/**
 * A user suspended mid-session is not billed until the disconnect grace runs out: when an account is
 * suspended, its sessions are closed at once through {@link SessionService#closeForSuspension}.
 */
@ApplicationScoped
public class SuspendedAccounts {

    private static final Logger LOG = Logger.getLogger(SuspendedAccounts.class.getName());

    @Inject
    SessionService sessions;

    void onAccountChanged(@Observes AccountChanged change) {
        if (!change.suspended()) {
            return;
        }
        try {
            int closed = sessions.closeForSuspension(change.userId());
            if (closed > 0) {
                LOG.info(() -> "Closed " + closed + " session(s) of suspended account " + change.userId());
            }
        } catch (RuntimeException e) {
            // the suspension stands; an ACTIVE session then ends when the disconnect grace runs out
            LOG.log(Level.WARNING, "Could not close the sessions of suspended account " + change.userId(), e);
        }
    }
}
