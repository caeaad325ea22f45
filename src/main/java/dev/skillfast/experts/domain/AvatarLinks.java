package dev.skillfast.experts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.JwtKeys;
import dev.skillfast.platform.security.Hmac;

/**
 * Photo URLs. A public expert's photo is anyone's: {@code /api/experts/{id}/avatar?v=<version>}. The
 * photo of an expert who is not public (pending, rejected, suspended) is its owner's and the
 * administrators' only, and browsers load images without the access token: so the URL given to them
 * carries a signed ticket, {@code &t=<expiry>.<HMAC>}, valid for {@link #LIFETIME} for that expert's
 * photo. The HMAC key is derived from the access-token signing key, so every server sharing it agrees.
 */
@ApplicationScoped
public class AvatarLinks {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final String PURPOSE = "skillfast avatar links v1";

    private Supplier<byte[]> secret;
    private Clock clock;

    public AvatarLinks() {
    }

    @Inject
    AvatarLinks(JwtKeys keys, Clock clock) {
        this(() -> keys.derivedSecret(PURPOSE), clock);
    }

    AvatarLinks(Supplier<byte[]> secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** The photo's URL as this profile may be shown; null without a photo. */
    public String url(ExpertProfile profile) {
        if (profile.avatarVersion() == null) {
            return null;
        }
        String url = publicUrl(profile);
        if (profile.isPublic()) {
            return url;
        }
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return url + "&t=" + expires + "." + mac(profile.id(), expires);
    }

    /** The URL of a public expert's photo (search results, matches). */
    public static String publicUrl(ExpertProfile profile) {
        return profile.avatarVersion() == null ? null
                : "/api/experts/" + profile.id() + "/avatar?v=" + profile.avatarVersion();
    }

    /** Whether {@code ticket} is an unexpired one this server signed for that expert's photo. */
    boolean allows(String expertId, String ticket) {
        int dot = ticket == null ? -1 : ticket.indexOf('.');
        if (dot <= 0 || ticket.length() > 100) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(ticket.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] expected = mac(expertId, expires).getBytes(StandardCharsets.US_ASCII);
        return clock.instant().getEpochSecond() < expires
                && MessageDigest.isEqual(expected, ticket.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String expertId, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(secret.get(), expertId + "\n" + expires));
    }
}
