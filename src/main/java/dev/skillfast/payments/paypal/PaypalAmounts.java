package dev.skillfast.payments.paypal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * PayPal writes amounts as decimal text ("12.34") with the currency's digits; SkillFast keeps integer minor
 * units. Both ways are exact: an amount with more decimals than its currency has is refused, never rounded.
 */
final class PaypalAmounts {

    /** PayPal's value syntax, unsigned (SkillFast never sends or accepts a negative amount), at most 15 whole digits. */
    private static final Pattern VALUE = Pattern.compile("\\d{1,15}|\\d{0,15}\\.\\d{1,18}");

    private PaypalAmounts() {
    }

    /** 1234 EUR → "12.34"; 1234 JPY → "1234". */
    static String value(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    /** "12.34" EUR → 1234; "12.345" EUR, "-1", "1e3" or an unknown currency → IllegalArgumentException. */
    static long minor(String value, String currency) {
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("\"" + value + "\" is not an amount");
        }
        int digits = digits(currency);
        BigDecimal amount = new BigDecimal(value);
        if (amount.scale() > digits) {
            throw new IllegalArgumentException("\"" + value + "\" has more decimals than " + currency + " has ("
                    + digits + ")");
        }
        return amount.setScale(digits).unscaledValue().longValueExact();
    }

    private static int digits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (digits >= 0) {
                return digits;
            }
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // refused below
        }
        throw new IllegalArgumentException("\"" + currency + "\" is not a currency with minor units");
    }
}
