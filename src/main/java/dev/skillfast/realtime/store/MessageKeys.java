package dev.skillfast.realtime.store;

/**
 * The {@code keys} of a batch document: "sessionId/seq" with the number zero-padded to 19 digits, so
 * that string order is number order within a session and one index range holds a session's messages
 * after a given number ({@code '0'} is the character after {@code '/'}, which ends the range).
 */
final class MessageKeys {

    private static final int DIGITS = 19; // Long.MAX_VALUE has 19 digits
    private static final String ZEROS = "0".repeat(DIGITS);

    private MessageKeys() {
    }

    static String of(String sessionId, long seq) {
        String digits = Long.toString(seq);
        return sessionId + '/' + ZEROS.substring(digits.length()) + digits;
    }

    /** The exclusive lower bound of a session's keys after {@code seq}. */
    static String after(String sessionId, long seq) {
        return of(sessionId, seq);
    }

    /** The exclusive lower bound of all of a session's keys. */
    static String start(String sessionId) {
        return sessionId + '/';
    }

    /** The exclusive upper bound of all of a session's keys. */
    static String end(String sessionId) {
        return sessionId + '0';
    }
}
