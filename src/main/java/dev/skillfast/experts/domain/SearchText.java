package dev.skillfast.experts.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as search compares it: lower case, accents removed ("Programación" → "programacion"), split
 * into words. The same on both databases, since it happens here, not in MongoDB.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    /** Words too common to say anything about a problem, in Spanish and English. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "al", "and", "are", "as", "at", "be", "but", "by", "can", "como", "con", "cual", "de", "del", "do",
            "el", "en", "es", "esta", "este", "for", "from", "get", "has", "have", "how", "i", "in", "is", "it", "la",
            "las", "lo", "los", "me", "mi", "my", "need", "necesito", "no", "not", "of", "on", "or", "para", "pero",
            "por", "que", "quiero", "se", "si", "sin", "so", "su", "the", "this", "to", "tengo", "un", "una", "uno",
            "want", "what", "when", "with", "y", "ya", "yo", "help", "ayuda", "problem", "problema", "our");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct words of a text, in order. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NON_WORD.split(normalize(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** The words of a problem description worth matching: no stop words, at least three letters. */
    public static List<String> keywords(String text) {
        return words(text).stream().filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w)).toList();
    }
}
