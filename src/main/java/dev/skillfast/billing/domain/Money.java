package dev.skillfast.billing.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** Minor units as text for messages and CSV ("12.50 EUR"), never through floating point. */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currency) {
        return decimal(minor, currency).toPlainString() + " " + currency;
    }

    /** The amount in major units with the currency's decimals (12.50). */
    public static BigDecimal decimal(long minor, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        return BigDecimal.valueOf(minor, digits);
    }
}
