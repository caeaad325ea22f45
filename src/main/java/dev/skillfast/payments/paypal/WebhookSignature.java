package dev.skillfast.payments.paypal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import dev.skillfast.platform.errors.InvalidInputException;

/**
 * Checks a PayPal webhook's signature locally, as PayPal's SDKs do: the signed message is
 * {@code <transmission id>|<transmission time>|<webhook id>|<CRC32 of the raw body, unsigned decimal>}, signed
 * SHA256withRSA by the key of the certificate at {@code PAYPAL-CERT-URL}. The certificate is fetched only
 * from the configured prefixes (else refused without fetching), must be within its validity dates, and is
 * cached; a transmission time more than {@link #TOLERANCE} from now is stale. Each refusal names the header
 * at fault ({@link InvalidInputException}, answered 400).
 */
final class WebhookSignature {

    static final Duration TOLERANCE = Duration.ofSeconds(300);
    static final String ALGORITHM = "SHA256withRSA";

    private final Clock clock;
    private final List<String> certUrlPrefixes;
    private final CertificateCache certificates;

    WebhookSignature(Clock clock, List<String> certUrlPrefixes, CertificateCache certificates) {
        this.clock = clock;
        this.certUrlPrefixes = List.copyOf(certUrlPrefixes);
        this.certificates = certificates;
    }

    /** Returns normally when the body was signed for {@code webhookId}; else throws naming the header at fault. */
    void verify(PaypalWebhook.Headers headers, byte[] body, String webhookId) {
        String id = required("PAYPAL-TRANSMISSION-ID", headers.transmissionId());
        String time = required("PAYPAL-TRANSMISSION-TIME", headers.transmissionTime());
        byte[] signature = signature(required("PAYPAL-TRANSMISSION-SIG", headers.transmissionSig()));
        String certUrl = required(CertificateFetcher.HEADER, headers.certUrl());
        if (!ALGORITHM.equalsIgnoreCase(required("PAYPAL-AUTH-ALGO", headers.authAlgo()).strip())) {
            throw new InvalidInputException("PAYPAL-AUTH-ALGO", "must be " + ALGORITHM);
        }
        checkFresh(time);
        URI url = allowedCertUrl(certUrl);
        X509Certificate certificate = certificates.get(url);
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new InvalidInputException(CertificateFetcher.HEADER, "leads to a certificate that is not valid now");
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        String message = id + "|" + time + "|" + webhookId + "|" + crc.getValue();
        if (!signedBy(certificate, message, signature)) {
            throw new InvalidInputException("PAYPAL-TRANSMISSION-SIG", "does not match this body for this webhook");
        }
    }

    private void checkFresh(String time) {
        Instant sent;
        try {
            sent = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(time.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("PAYPAL-TRANSMISSION-TIME", "must be an ISO-8601 time such as "
                    + "2026-01-31T12:00:00Z");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw new InvalidInputException("PAYPAL-TRANSMISSION-TIME", "is more than " + TOLERANCE.toSeconds()
                    + " seconds from now (a stale or replayed message)");
        }
    }

    /**
     * The certificate URL, if it starts with an allowed prefix (each prefix ends at a path boundary) and has
     * nothing that could lead elsewhere once resolved (user info, dot segments, encoded dots or slashes).
     */
    URI allowedCertUrl(String certUrl) {
        String lower = certUrl.toLowerCase(Locale.ROOT);
        boolean tricky = lower.contains("@") || lower.contains("\\") || lower.contains("/.") || lower.contains("%2e")
                || lower.contains("%2f") || lower.contains("%5c") || lower.contains("#");
        boolean underPrefix = certUrlPrefixes.stream().anyMatch(prefix -> certUrl.startsWith(prefix)
                && (prefix.endsWith("/") || certUrl.length() > prefix.length() && certUrl.charAt(prefix.length()) == '/'));
        if (tricky || !underPrefix) {
            throw new InvalidInputException(CertificateFetcher.HEADER, "is not one of PayPal's certificate addresses");
        }
        try {
            return new URI(certUrl);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(CertificateFetcher.HEADER, "is not a URL");
        }
    }

    private static boolean signedBy(X509Certificate certificate, String message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            return false;
        }
    }

    private static byte[] signature(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("PAYPAL-TRANSMISSION-SIG", "must be base64");
        }
    }

    private static String required(String header, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(header, "is required");
        }
        return value;
    }
}
