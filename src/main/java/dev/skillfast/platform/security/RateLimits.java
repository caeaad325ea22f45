package dev.skillfast.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured limits (see microprofile-config.properties and the README). */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "skillfast.rate.login-per-account")
    String loginPerAccount;

    @Inject
    @ConfigProperty(name = "skillfast.rate.login-per-address")
    String loginPerAddress;

    @Inject
    @ConfigProperty(name = "skillfast.rate.register-per-address")
    String registerPerAddress;

    @Inject
    @ConfigProperty(name = "skillfast.rate.refresh-per-address")
    String refreshPerAddress;

    @Inject
    @ConfigProperty(name = "skillfast.rate.api-per-user")
    String apiPerUser;

    @Inject
    @ConfigProperty(name = "skillfast.rate.api-per-address")
    String apiPerAddress;

    @Inject
    @ConfigProperty(name = "skillfast.rate.webhooks-per-address")
    String webhooksPerAddress;

    @Inject
    @ConfigProperty(name = "skillfast.rate.password-reset-per-address")
    String passwordResetPerAddress;

    @Inject
    @ConfigProperty(name = "skillfast.rate.password-reset-per-account")
    String passwordResetPerAccount;

    private RateLimit resetAddress;
    private RateLimit resetAccount;
    private RateLimit loginAccount;
    private RateLimit loginAddress;
    private RateLimit register;
    private RateLimit refresh;
    private RateLimit apiUser;
    private RateLimit apiAddress;
    private RateLimit webhooks;

    @PostConstruct
    void parse() {
        loginAccount = RateLimit.parse("login-per-account", loginPerAccount);
        loginAddress = RateLimit.parse("login-per-address", loginPerAddress);
        register = RateLimit.parse("register-per-address", registerPerAddress);
        refresh = RateLimit.parse("refresh-per-address", refreshPerAddress);
        apiUser = RateLimit.parse("api-per-user", apiPerUser);
        apiAddress = RateLimit.parse("api-per-address", apiPerAddress);
        webhooks = RateLimit.parse("webhooks-per-address", webhooksPerAddress);
        resetAddress = RateLimit.parse("password-reset-per-address", passwordResetPerAddress);
        resetAccount = RateLimit.parse("password-reset-per-account", passwordResetPerAccount);
    }

    public RateLimit loginPerAccount() {
        return loginAccount;
    }

    public RateLimit loginPerAddress() {
        return loginAddress;
    }

    public RateLimit registerPerAddress() {
        return register;
    }

    public RateLimit refreshPerAddress() {
        return refresh;
    }

    public RateLimit apiPerUser() {
        return apiUser;
    }

    public RateLimit apiPerAddress() {
        return apiAddress;
    }

    /** Payment providers' webhooks: a budget of their own, since a provider sends bursts from few addresses. */
    public RateLimit webhooksPerAddress() {
        return webhooks;
    }

    /** Password reset requests (and confirmations) from one address. */
    public RateLimit passwordResetPerAddress() {
        return resetAddress;
    }

    /** Password reset mails to one account: a mailbox is not flooded by someone else's requests. */
    public RateLimit passwordResetPerAccount() {
        return resetAccount;
    }
}
