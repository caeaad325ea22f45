package dev.skillfast.platform.mail;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP and outbox settings (README "Mail"). Mail is on when an SMTP host is set. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "skillfast.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "skillfast.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "skillfast.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "skillfast.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "skillfast.smtp.starttls")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "skillfast.smtp.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "skillfast.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "skillfast.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "skillfast.mail.send-interval")
    Duration sendInterval;

    @Inject
    @ConfigProperty(name = "skillfast.mail.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "skillfast.mail.retry-first")
    Duration retryFirst;

    @Inject
    @ConfigProperty(name = "skillfast.mail.retry-max")
    Duration retryMax;

    public MailSettings() {
    }

    /** For tests outside the container. */
    public MailSettings(String host, int port, String from, Duration retryFirst, Duration retryMax, int maxAttempts) {
        this.host = Optional.ofNullable(host);
        this.port = port;
        this.username = Optional.empty();
        this.password = Optional.empty();
        this.timeout = Duration.ofSeconds(10);
        this.from = from;
        this.publicUrl = Optional.empty();
        this.sendInterval = Duration.ofSeconds(1);
        this.retryFirst = retryFirst;
        this.retryMax = retryMax;
        this.maxAttempts = maxAttempts;
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean starttls() {
        return starttls;
    }

    public Duration timeout() {
        return timeout;
    }

    public String from() {
        return from;
    }

    /** The web app's address for links in mails, without a trailing slash; empty when not configured. */
    public Optional<String> publicUrl() {
        return publicUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    public Duration sendInterval() {
        return sendInterval;
    }

    public RetrySchedule retries() {
        return new RetrySchedule(retryFirst, retryMax, maxAttempts);
    }
}
