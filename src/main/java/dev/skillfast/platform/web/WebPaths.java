package dev.skillfast.platform.web;

import java.util.List;
import java.util.regex.Pattern;

/** How the web shell tells its kinds of path apart. */
final class WebPaths {

    /** Paths with their own handling: never answered with the web app ({@code /errors}: the container's error page). */
    private static final List<String> BACKEND_PREFIXES = List.of("/api", "/ws", "/health", "/openapi", "/errors");

    /** Angular's build names its files with a content hash of eight upper-case letters or digits. */
    private static final Pattern HASHED_ASSET = Pattern.compile(".*-[A-Z0-9]{8}\\.[a-z0-9]+$");

    private WebPaths() {
    }

    static boolean isBackend(String path) {
        for (String prefix : BACKEND_PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    static boolean isHashedAsset(String path) {
        return HASHED_ASSET.matcher(path).matches();
    }

    /** Whether the last segment names a file ("main.js", "favicon.ico"), as opposed to an app route. */
    static boolean looksLikeFile(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.lastIndexOf('.') > 0;
    }
}
