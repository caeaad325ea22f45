package dev.skillfast.accounts.domain;

import java.util.regex.Pattern;

/**
 * Where a sign-in may send the browser back: a path of the web app only ("/experts?q=java"), never another
 * site ("//evil.example", "https://…", "/\evil"), nor the API; anything else becomes "/".
 */
public final class ReturnPaths {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");
    private static final int MAX_LENGTH = 512;

    private ReturnPaths() {
    }

    public static String safe(String returnTo) {
        if (returnTo == null || returnTo.length() > MAX_LENGTH || !SAFE.matcher(returnTo).matches()
                || returnTo.startsWith("/api/") || returnTo.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return returnTo;
    }
}
