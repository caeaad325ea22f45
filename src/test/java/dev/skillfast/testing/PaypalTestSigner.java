package dev.skillfast.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs webhook bodies the way PayPal does, with a test RSA key pair and a self-signed X.509 certificate
 * made here (BouncyCastle): SHA256withRSA over {@code id|time|webhookId|crc32(body)}, base64.
 */
public final class PaypalTestSigner {

    private final KeyPair keys;
    private final X509Certificate certificate;

    /** A new key pair and a certificate valid from {@code notBefore} to {@code notAfter}. */
    public PaypalTestSigner(Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=messageverificationcerts.test.skillfast.local");
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(notBefore.toEpochMilli()),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate as PEM, as PayPal serves it at PAYPAL-CERT-URL. */
    public String certificatePem() {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pem.toString();
    }

    /** Base64 SHA256withRSA of {@code transmissionId|time|webhookId|crc32(body)}. */
    public String signature(String transmissionId, String time, String webhookId, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update((transmissionId + "|" + time + "|" + webhookId + "|" + crc.getValue())
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The five PAYPAL-* headers of a webhook request carrying {@code body}, sent at {@code time}. */
    public Map<String, String> headers(byte[] body, String webhookId, Instant time, String certUrl) {
        String id = "tx-" + Long.toHexString(System.nanoTime());
        String sent = time.toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("PAYPAL-TRANSMISSION-ID", id);
        headers.put("PAYPAL-TRANSMISSION-TIME", sent);
        headers.put("PAYPAL-TRANSMISSION-SIG", signature(id, sent, webhookId, body));
        headers.put("PAYPAL-CERT-URL", certUrl);
        headers.put("PAYPAL-AUTH-ALGO", "SHA256withRSA");
        return headers;
    }
}
