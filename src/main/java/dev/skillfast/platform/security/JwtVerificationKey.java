package dev.skillfast.platform.security;

import java.util.Optional;

/**
 * The public key that MicroProfile JWT verifies access tokens with, as PEM. The accounts feature
 * publishes it once the key is loaded; {@link JwtVerificationConfigSource} hands it to the runtime,
 * which reads it per request. A static holder because config sources are created by the config
 * runtime, not by CDI.
 */
public final class JwtVerificationKey {

    private static volatile String publicKeyPem;

    private JwtVerificationKey() {
    }

    public static void publish(String pem) {
        publicKeyPem = pem;
    }

    public static Optional<String> current() {
        return Optional.ofNullable(publicKeyPem);
    }
}
