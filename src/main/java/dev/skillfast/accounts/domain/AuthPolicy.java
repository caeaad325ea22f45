package dev.skillfast.accounts.domain;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which ways of signing up and in this desk allows, and how long a password reset link works. */
@ApplicationScoped
public class AuthPolicy {

    @Inject
    @ConfigProperty(name = "skillfast.auth.local-signup")
    boolean localSignup;

    @Inject
    @ConfigProperty(name = "skillfast.auth.local-login")
    boolean localLogin;

    @Inject
    @ConfigProperty(name = "skillfast.auth.password-reset-validity")
    Duration resetValidity;

    public AuthPolicy() {
    }

    /** For tests outside the container. */
    public AuthPolicy(boolean localSignup, boolean localLogin, Duration resetValidity) {
        this.localSignup = localSignup;
        this.localLogin = localLogin;
        this.resetValidity = resetValidity;
    }

    /** Whether anyone may create an account with a password (the sign-up form). */
    public boolean localSignup() {
        return localSignup && localLogin;
    }

    /** Whether accounts that have a password may sign in with it. */
    public boolean localLogin() {
        return localLogin;
    }

    public Duration resetValidity() {
        return resetValidity;
    }
}
