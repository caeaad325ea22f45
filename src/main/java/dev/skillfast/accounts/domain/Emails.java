package dev.skillfast.accounts.domain;

import java.util.Locale;

/** E-mail addresses are unique case-insensitively: stored as typed, matched by this normal form. */
public final class Emails {

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
