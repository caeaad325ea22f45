package dev.skillfast.platform.input;

/**
 * What text may hold. Control characters (C0, DEL and C1: NUL, escape, bell…) and broken UTF-16 (a
 * surrogate without its pair, which no encoding can carry) are refused everywhere; single-line text
 * (names, headlines, tags) also refuses line and paragraph breaks and the bidirectional controls that
 * make a name display other than it reads. Multi-line text keeps tab, line feed and carriage return.
 */
public final class Texts {

    /** What stands for a lone surrogate when text is kept rather than refused (chat): U+FFFD. */
    public static final char REPLACEMENT = '\uFFFD';

    private Texts() {
    }

    /** Whether the text is one line of plain characters. */
    public static boolean isSingleLine(CharSequence text) {
        return firstRefused(text, false) < 0;
    }

    /** Whether the text is plain (several lines allowed). */
    public static boolean isPlainText(CharSequence text) {
        return firstRefused(text, true) < 0;
    }

    /**
     * The index of the first character the rule refuses, or -1. Multi-line text allows tab, line feed
     * and carriage return among the control characters; single-line text none of them.
     */
    static int firstRefused(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || refused(c, multiLine)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c, boolean multiLine) {
        if (Character.getType(c) == Character.CONTROL) {
            return !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
        }
        return !multiLine && (c == '\u2028' || c == '\u2029' || isBidiControl(c));
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text with every lone surrogate replaced by U+FFFD, as a UTF-8 encoder would write it. */
    public static String replaceLoneSurrogates(String text) {
        StringBuilder fixed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (fixed != null) {
                    fixed.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (fixed == null) {
                    fixed = new StringBuilder(text.length()).append(text, 0, i);
                }
                fixed.append(REPLACEMENT);
            } else if (fixed != null) {
                fixed.append(c);
            }
        }
        return fixed == null ? text : fixed.toString();
    }
}
