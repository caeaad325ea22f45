package dev.skillfast.accounts.domain;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.skillfast.accounts.store.SsoAttemptStore;
import dev.skillfast.platform.errors.NotFoundException;

/**
 * Single sign-on, start to finish: the attempt (state, nonce, PKCE verifier and the browser's secret,
 * stored), the provider's answer checked against it (once), the account found, linked or created, and
 * SkillFast's own tokens issued exactly as a password sign-in issues them.
 */
@ApplicationScoped
public class SsoSignIns {

    private static final Logger LOG = Logger.getLogger(SsoSignIns.class.getName());
    /** Provider errors that mean the user (or their organisation) said no, or did not finish. */
    private static final Set<String> DENIALS = Set.of("access_denied", "login_required", "consent_required",
            "interaction_required", "account_selection_required");
    private static final int MAX_NAME = 80;

    @Inject
    SsoSettings settings;

    @Inject
    OidcClient oidc;

    @Inject
    SsoAttemptStore attempts;

    @Inject
    SsoAccounts accounts;

    @Inject
    AccountService signIns;

    @Inject
    Event<SsoSignedIn> signedIn;

    @Inject
    Clock clock;

    /** Where to send the browser, and the secret its attempt cookie carries. */
    public record Started(URI redirect, String browserSecret) {
    }

    /** The provider's answer, as it came to the callback. */
    public record Answer(String code, String state, String error, String browserSecret) {
    }

    /** A finished sign-in and where the web app goes next. */
    public record Finished(AccountService.SignIn signIn, String returnTo) {
    }

    public Started start(String returnTo, URI callback) {
        if (!settings.enabled()) {
            throw new NotFoundException("Single sign-on is not configured on this desk.");
        }
        String state = OpaqueTokens.newToken();
        String nonce = OpaqueTokens.newToken();
        String verifier = OpaqueTokens.newToken();
        String browser = OpaqueTokens.newToken();
        URI redirect = oidc.authorizationUri(callback, state, nonce, verifier);
        attempts.insert(OpaqueTokens.hash(state), new SsoAttempt(nonce, verifier, OpaqueTokens.hash(browser),
                ReturnPaths.safe(returnTo), clock.instant().plus(settings.attemptValidity())));
        return new Started(redirect, browser);
    }

    public Finished finish(Answer answer, URI callback) {
        SsoAttempt attempt = answer.state() == null ? null
                : attempts.take(OpaqueTokens.hash(answer.state()), clock.instant()).orElse(null);
        if (attempt == null || answer.browserSecret() == null
                || !attempt.browserHash().equals(OpaqueTokens.hash(answer.browserSecret()))) {
            throw new SsoFailure(SsoFailure.Code.STATE, "Unknown, expired or foreign sign-in attempt");
        }
        if (answer.error() != null) {
            throw new SsoFailure(DENIALS.contains(answer.error()) ? SsoFailure.Code.DENIED : SsoFailure.Code.PROVIDER_ERROR,
                    "The provider answered " + answer.error());
        }
        if (answer.code() == null || answer.code().isBlank()) {
            throw new SsoFailure(SsoFailure.Code.PROVIDER_ERROR, "The provider answered without a code");
        }
        JWTClaimsSet claims = oidc.redeem(answer.code(), callback, attempt.codeVerifier(), attempt.nonce());
        SsoIdentity identity = identityOf(claims);
        User user = accounts.accountFor(identity, settings.roles().roleFor(identity.groups()));
        LOG.fine(() -> "Single sign-on of account " + user.id());
        signedIn.fire(new SsoSignedIn(user.id(), claims.getClaims()));
        return new Finished(signIns.signInVouched(user), attempt.returnTo());
    }

    SsoIdentity identityOf(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        String email = emailOf(claims);
        if (subject == null || subject.isBlank() || email == null) {
            throw new SsoFailure(SsoFailure.Code.UNKNOWN_USER, "The ID token names no subject or e-mail address");
        }
        Object verified = claims.getClaim("email_verified");
        String name = firstText(claims, "name", "preferred_username");
        name = (name == null ? email.substring(0, email.indexOf('@')) : name).replaceAll("\\p{Cntrl}", "");
        String locale = firstText(claims, "locale");
        String language = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
        return new SsoIdentity(claims.getIssuer() + " " + subject, email, !Boolean.FALSE.equals(verified),
                name.length() > MAX_NAME ? name.substring(0, MAX_NAME).strip() : name,
                settings.roles().groupsIn(claims.getClaims()), language);
    }

    /** "email", or else a user name that is an address ("preferred_username" in Entra ID, "upn" in ADFS). */
    private static String emailOf(JWTClaimsSet claims) {
        for (String claim : new String[] {"email", "preferred_username", "upn"}) {
            String value = firstText(claims, claim);
            if (value != null && value.matches("[^@\\s]+@[^@\\s]+")) {
                return value;
            }
        }
        return null;
    }

    private static String firstText(JWTClaimsSet claims, String... names) {
        for (String name : names) {
            if (claims.getClaim(name) instanceof String value && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
