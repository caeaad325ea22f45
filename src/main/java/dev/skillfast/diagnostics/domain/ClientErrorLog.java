package dev.skillfast.diagnostics.domain;

import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes browser-side errors into the server log, where operators already look. Every value comes
 * from the client, so line breaks and control characters are escaped: one report is one log record
 * and cannot forge others.
 */
@ApplicationScoped
public class ClientErrorLog {

    private static final Logger LOG = Logger.getLogger(ClientErrorLog.class.getName());

    public String record(String message, String route, String stack, String appVersion) {
        String errorId = UUID.randomUUID().toString();
        LOG.warning(() -> "Client error " + errorId + " in web app " + printable(appVersion) + " at "
                + printable(route) + ": " + printable(message)
                + (stack == null || stack.isBlank() ? "" : " | stack: " + printable(stack)));
        return errorId;
    }

    /** Escapes line breaks and other control characters. */
    static String printable(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
