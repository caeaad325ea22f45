package dev.skillfast.payments.paypal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** PayPal's decimal text and SkillFast's minor units, exactly both ways. */
class PaypalAmountsTest {

    @Test
    void minorUnitsBecomeTextWithTheCurrencysDigits() {
        assertThat(PaypalAmounts.value(1234, "EUR")).isEqualTo("12.34");
        assertThat(PaypalAmounts.value(5, "EUR")).isEqualTo("0.05");
        assertThat(PaypalAmounts.value(500, "JPY")).isEqualTo("500");
        assertThat(PaypalAmounts.value(1234, "KWD")).isEqualTo("1.234");
    }

    @Test
    void textBecomesMinorUnitsExactly() {
        assertThat(PaypalAmounts.minor("12.34", "EUR")).isEqualTo(1234);
        assertThat(PaypalAmounts.minor("10", "EUR")).isEqualTo(1000);
        assertThat(PaypalAmounts.minor("10.5", "EUR")).isEqualTo(1050);
        assertThat(PaypalAmounts.minor(".50", "EUR")).isEqualTo(50);
        assertThat(PaypalAmounts.minor("500", "JPY")).isEqualTo(500);
        assertThat(PaypalAmounts.minor("999999999999999.99", "EUR")).isEqualTo(99_999_999_999_999_999L);
    }

    @Test
    void anythingElseIsRefusedNeverRounded() {
        for (String value : new String[] {"12.345", "12.30000001", "-1.00", "1e3", "12,34", "", " 1", "1.", "0x10",
            "1234567890123456"}) {
            assertThatThrownBy(() -> PaypalAmounts.minor(value, "EUR")).as(value)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> PaypalAmounts.minor("500.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaypalAmounts.minor(null, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaypalAmounts.minor("1.00", "XXX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaypalAmounts.minor("1.00", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
