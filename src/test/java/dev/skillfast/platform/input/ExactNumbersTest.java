package dev.skillfast.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers are exact or refused: never rounded, truncated or wrapped. */
class ExactNumbersTest {

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "-1,-1", "4.0,4", "1e2,100", "100E-2,1", "2147483647,2147483647",
        "9223372036854775807,9223372036854775807", "-9223372036854775808,-9223372036854775808", "0e999999,0"})
    void wholeValuesAreTakenAsTheyAre(String text, long expected) {
        assertThat(ExactNumbers.whole(new BigDecimal(text), Long.MIN_VALUE, Long.MAX_VALUE)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "0.1", "-0.5", "99.99", "18446744073709551716", "9223372036854775808",
        "-9223372036854775809", "1e19", "1e999999999", "1e-999999999", "1.0000000000000000000000000000000000000000001"})
    void fractionsAndNumbersBeyondALongAreRefused(String text) {
        assertThat(ExactNumbers.whole(new BigDecimal(text), Long.MIN_VALUE, Long.MAX_VALUE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"INT,4294967299", "INT,2147483648", "INT,-2147483649", "SHORT,32768", "LONG,18446744073709551716"})
    void eachTypeRefusesWhatDoesNotFitIt(ExactNumbers.Whole type, String text) {
        assertThat(type.of(new BigDecimal(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"INT,2147483647,java.lang.Integer", "SHORT,-32768,java.lang.Short", "LONG,5,java.lang.Long"})
    void eachTypeBoxesItsOwnValue(ExactNumbers.Whole type, String text, Class<?> boxed) {
        assertThat(type.of(new BigDecimal(text))).get().isInstanceOf(boxed)
                .satisfies(n -> assertThat(n.longValue()).isEqualTo(Long.parseLong(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "+5", "0x10", "NaN", "Infinity", "-Infinity", "1_000", "1,5", "١٢",
        "1e", "--1", ".5", "5.", "1d", "1L"})
    void onlyPlainDecimalTextIsANumber(String text) {
        assertThat(ExactNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "007", "-3", "4.5", "1e2", "2E+3"})
    void plainDecimalTextIsParsed(String text) {
        assertThat(ExactNumbers.parse(text)).contains(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1e-500", "1e99999999"})
    void decimalsMustBeFiniteAndRepresentable(String text) {
        assertThat(ExactNumbers.finite(new BigDecimal(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4.7,4.7", "0,0", "-2.5,-2.5", "1e300,1e300"})
    void finiteDecimalsAreKept(String text, double expected) {
        assertThat(ExactNumbers.finite(new BigDecimal(text))).contains(expected);
    }
}
