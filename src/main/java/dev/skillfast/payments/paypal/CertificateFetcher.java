package dev.skillfast.payments.paypal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.function.Function;

import dev.skillfast.payments.domain.ProviderUnavailableException;
import dev.skillfast.platform.errors.InvalidInputException;

/**
 * Fetches a webhook certificate (PEM; PayPal serves the signing certificate first, then its issuers) with the
 * JDK's HTTP client: no redirects (the allowed address is the one asked), bounded time and size.
 */
final class CertificateFetcher implements Function<URI, X509Certificate> {

    static final String HEADER = "PAYPAL-CERT-URL";
    private static final int MAX_BYTES = 64 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public X509Certificate apply(URI url) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ProviderUnavailableException("PayPal's webhook certificate could not be fetched: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("Interrupted while fetching PayPal's webhook certificate", e);
        }
        if (response.statusCode() >= 500) {
            throw new ProviderUnavailableException("PayPal's certificate address answered " + response.statusCode());
        }
        if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
            throw new InvalidInputException(HEADER, "does not lead to a certificate (HTTP " + response.statusCode() + ")");
        }
        try {
            var certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(response.body()));
            if (!certificates.isEmpty() && certificates.iterator().next() instanceof X509Certificate first) {
                return first;
            }
        } catch (CertificateException unreadable) {
            // answered below
        }
        throw new InvalidInputException(HEADER, "does not lead to an X.509 certificate");
    }
}
