package dev.skillfast.platform.input;

import java.util.Currency;

/**
 * Currency codes: an ISO 4217 code (as the JDK's table has them, upper case) of a currency with minor
 * units, since every amount is an integer of minor units. Three letters are not enough ("ABC"), and codes
 * without minor units (gold XAU, the test code XTS, "no currency" XXX) cannot hold money here.
 */
public final class Currencies {

    public static final String MESSAGE = "must be an ISO 4217 currency code such as EUR";

    private Currencies() {
    }

    public static boolean isCode(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getCurrencyCode().equals(code) && currency.getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
