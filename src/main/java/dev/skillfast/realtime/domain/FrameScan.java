package dev.skillfast.realtime.domain;

/**
 * One lexical pass over a frame's text, without building any JSON: how deeply it nests (a frame nested
 * thousands of levels would otherwise reach the JSON reader's own limit deep in its recursion), and its
 * top-level {@code "id"} when that is a plain string, so that a frame refused before it is read (over the
 * rate limit) can still be answered with its {@code replyTo}.
 */
final class FrameScan {

    /** Deeper frames are refused unread; the protocol needs three levels. */
    static final int MAX_DEPTH = 32;
    private static final int MAX_ID = 64;

    private final boolean tooDeep;
    private final String id;

    private FrameScan(boolean tooDeep, String id) {
        this.tooDeep = tooDeep;
        this.id = id;
    }

    boolean tooDeep() {
        return tooDeep;
    }

    /** The top-level "id" if it is a plain string (no escapes) of 1 to 64 characters, else null. */
    String id() {
        return id;
    }

    static FrameScan of(String text) {
        int depth = 0;
        String id = null;
        boolean keyExpected = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = endOfString(text, i);
                if (depth == 1 && keyExpected && end == i + 3 && text.startsWith("id", i + 1)) {
                    id = id == null ? valueAfterKey(text, end + 1) : id;
                }
                keyExpected = false;
                i = end;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return new FrameScan(true, id);
                }
                keyExpected = c == '{';
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',') {
                keyExpected = depth == 1;
            }
        }
        return new FrameScan(false, id);
    }

    /** The index of the quote that closes the string opening at {@code start} (or the text's end). */
    private static int endOfString(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return text.length();
    }

    /** After {@code "id"}: optional blanks, a colon, blanks, then a plain string value; null otherwise. */
    private static String valueAfterKey(String text, int from) {
        int i = skipBlanks(text, from);
        if (i >= text.length() || text.charAt(i) != ':') {
            return null;
        }
        i = skipBlanks(text, i + 1);
        if (i >= text.length() || text.charAt(i) != '"') {
            return null;
        }
        int end = endOfString(text, i);
        String value = end < text.length() ? text.substring(i + 1, end) : "";
        return value.isEmpty() || value.length() > MAX_ID || value.indexOf('\\') >= 0 ? null : value;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
                || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
