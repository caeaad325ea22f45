package dev.skillfast.platform.cluster;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This server's name among the others: its host name and a random suffix, new at every start, so a
 * restarted server is a new member and nothing left by its previous life is taken for its own. Shown by
 * {@code /api/info} and in the log.
 */
@ApplicationScoped
public class NodeId {

    private final String value;

    public NodeId() {
        this(Optional.ofNullable(System.getenv("HOSTNAME")).or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME"))));
    }

    NodeId(Optional<String> host) {
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        String name = host.map(h -> h.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", ""))
                .filter(h -> !h.isEmpty()).orElse("skillfast");
        this.value = name + "-" + HexFormat.of().formatHex(suffix);
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
