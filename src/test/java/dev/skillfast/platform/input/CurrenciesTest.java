package dev.skillfast.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Currencies are ISO 4217 codes that have minor units, not any three letters. */
class CurrenciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "GBP", "MXN", "KWD"})
    void isoCodesWithMinorUnitsAreCurrencies(String code) {
        assertThat(Currencies.isCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "EUX", "QQQ", "eur", "Eur", "EU", "EURO", "", " EUR", "XAU", "XXX", "XTS", "E\u0000R"})
    void otherCodesAreNot(String code) {
        assertThat(Currencies.isCode(code)).isFalse();
    }
}
