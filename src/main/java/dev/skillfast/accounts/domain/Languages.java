package dev.skillfast.accounts.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages the web app speaks. */
public final class Languages {

    public static final Set<String> SUPPORTED = Set.of("es", "en");
    public static final String PATTERN = "es|en";

    private Languages() {
    }

    /** The best supported language for an Accept-Language header, English when none fits. */
    public static String fromAcceptLanguage(String header) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = header == null ? List.of() : Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
            if (SUPPORTED.contains(language)) {
                return language;
            }
        }
        return "en";
    }
}
