package dev.skillfast.platform.security;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code mp.jwt.verify.publickey} from the key the accounts feature loaded (configured PEM or
 * the generated key kept in MongoDB). Its ordinal sits above microprofile-config.properties and below
 * environment variables and system properties.
 */
public class JwtVerificationConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return JwtVerificationKey.current().isPresent() ? Set.of(PUBLIC_KEY) : Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return JwtVerificationKey.current().map(pem -> Map.of(PUBLIC_KEY, pem)).orElse(Map.of());
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? JwtVerificationKey.current().orElse(null) : null;
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "skillfast-jwt-verification-key";
    }
}
