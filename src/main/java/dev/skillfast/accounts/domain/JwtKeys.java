package dev.skillfast.accounts.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.RSAKey;

import dev.skillfast.accounts.store.SigningKeyStore;
import dev.skillfast.platform.mongo.DatabaseStartupTask;
import dev.skillfast.platform.security.Hmac;
import dev.skillfast.platform.security.JwtVerificationKey;

/**
 * The RSA key pair that signs access tokens. Configured PEM keys win ({@code skillfast.jwt.private-key}
 * and {@code skillfast.jwt.public-key}, or files named by the {@code -location} variants); otherwise a 2048-bit pair is generated on the first start and
 * kept in MongoDB, so tokens survive restarts. Loaded once the database answers.
 */
@ApplicationScoped
public class JwtKeys implements DatabaseStartupTask {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());

    @Inject
    @ConfigProperty(name = "skillfast.jwt.private-key")
    Optional<String> configuredPrivateKey;

    @Inject
    @ConfigProperty(name = "skillfast.jwt.public-key")
    Optional<String> configuredPublicKey;

    @Inject
    @ConfigProperty(name = "skillfast.jwt.private-key-location")
    Optional<String> privateKeyLocation;

    @Inject
    @ConfigProperty(name = "skillfast.jwt.public-key-location")
    Optional<String> publicKeyLocation;

    @Inject
    SigningKeyStore store;

    @Inject
    Clock clock;

    private volatile RSAKey signingKey;

    @Override
    public void run(MongoDatabase database) {
        if (signingKey != null) {
            return;
        }
        RSAKey key;
        Optional<String> privatePem = pem(configuredPrivateKey, privateKeyLocation);
        if (privatePem.isPresent()) {
            RSAPublicKey publicKey = Pem.parsePublicKey(pem(configuredPublicKey, publicKeyLocation)
                    .orElseThrow(() -> new IllegalStateException(
                            "A private key is configured for access tokens, but no public key "
                                    + "(skillfast.jwt.public-key or skillfast.jwt.public-key-location)")));
            key = new RSAKey.Builder(publicKey).privateKey(Pem.parsePrivateKey(privatePem.get()))
                    .keyID("configured").build();
            LOG.info("Access tokens are signed with the configured RSA key.");
        } else {
            SigningKeyStore.StoredKey stored = store.find().orElseGet(() -> store.storeIfAbsent(generate(), clock.instant()));
            key = fromStored(stored);
            LOG.info(() -> "Access tokens are signed with the generated RSA key " + stored.keyId()
                    + " kept in the database (set skillfast.jwt.private-key/public-key to use your own).");
        }
        JwtVerificationKey.publish(Pem.publicKey(rsaPublic(key)));
        signingKey = key;
    }

    /** The PEM text configured directly, else read from the configured file. */
    private static Optional<String> pem(Optional<String> value, Optional<String> location) {
        Optional<String> direct = value.filter(s -> !s.isBlank());
        if (direct.isPresent()) {
            return direct;
        }
        return location.filter(s -> !s.isBlank()).map(path -> {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(path));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read the key file " + path, e);
            }
        });
    }

    /** The signing key; fails while the database has not answered yet. */
    public RSAKey signingKey() {
        RSAKey key = signingKey;
        if (key == null) {
            throw new IllegalStateException("The token signing key is not loaded yet: the database is not ready");
        }
        return key;
    }

    /**
     * A secret for another purpose (signed links), derived from the signing key: the same on every server
     * that shares the key, and never the key itself.
     */
    public byte[] derivedSecret(String purpose) {
        try {
            return Hmac.sha256(signingKey().toRSAPrivateKey().getEncoded(), purpose);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("Cannot derive a secret from the signing key", e);
        }
    }

    private static RSAPublicKey rsaPublic(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static SigningKeyStore.StoredKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return new SigningKeyStore.StoredKey(UUID.randomUUID().toString(),
                    base64.encodeToString(pair.getPrivate().getEncoded()),
                    base64.encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey fromStored(SigningKeyStore.StoredKey stored) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(base64.decode(stored.publicKey())));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(stored.privateKey())));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(stored.keyId()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key is unreadable", e);
        }
    }
}
