package dev.skillfast.platform.input;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers are exact or refused: a whole-number field takes only a number whose value is whole and fits
 * it (4.0 and 1e2 are whole; 1.5 is not, and 18446744073709551716 does not fit a long), never rounded,
 * truncated or wrapped. Text (a query parameter) must be a plain decimal number: no sign other than a
 * leading minus, no spaces, no hexadecimal, no NaN or Infinity, no digits of other scripts.
 */
public final class ExactNumbers {

    /** Plain decimal text: what JSON allows, plus leading zeros. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /** No whole number a field holds has more digits than this; longer input is refused before any arithmetic. */
    private static final int MAX_DIGITS = 40;
    private static final int MAX_TEXT = 100;

    private ExactNumbers() {
    }

    /** The whole-number types the API reads, each with its range and the boxed value it makes. */
    public enum Whole {
        SHORT(Short.MIN_VALUE, Short.MAX_VALUE), INT(Integer.MIN_VALUE, Integer.MAX_VALUE),
        LONG(Long.MIN_VALUE, Long.MAX_VALUE);

        private final long min;
        private final long max;

        Whole(long min, long max) {
            this.min = min;
            this.max = max;
        }

        /** The value as this type (Short, Integer or Long) if it is whole and fits. */
        public Optional<Number> of(BigDecimal value) {
            return whole(value, min, max).map(this::box);
        }

        public String message() {
            return wholeMessage(min, max);
        }

        private Number box(long value) {
            return switch (this) {
                case SHORT -> Short.valueOf((short) value);
                case INT -> Integer.valueOf((int) value);
                case LONG -> Long.valueOf(value);
            };
        }
    }

    /** The value if it is a whole number from {@code min} to {@code max}. */
    public static Optional<Long> whole(BigDecimal value, long min, long max) {
        if (value == null || value.precision() > MAX_DIGITS) {
            return Optional.empty();
        }
        if (value.signum() != 0 && value.precision() - value.scale() > 19) {
            return Optional.empty(); // more than 19 integer digits: beyond any long
        }
        try {
            long whole = value.longValueExact(); // fails for a fraction or beyond a long
            return whole < min || whole > max ? Optional.empty() : Optional.of(whole);
        } catch (ArithmeticException notWholeOrTooBig) {
            return Optional.empty();
        }
    }

    /** The value as a finite double, if it is one (a double field takes any decimal within its range). */
    public static Optional<Double> finite(BigDecimal value) {
        if (value == null || value.precision() > MAX_DIGITS || Math.abs((long) value.precision() - value.scale()) > 400) {
            return Optional.empty();
        }
        double d = value.doubleValue();
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }

    /** Plain decimal text as a number; empty for anything else. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.length() > MAX_TEXT || !DECIMAL_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException exponentOutOfRange) {
            return Optional.empty();
        }
    }

    /** What a refused whole number is told. */
    public static String wholeMessage(long min, long max) {
        return "must be a whole number from " + min + " to " + max;
    }
}
