package dev.skillfast.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.skillfast.platform.problem.RefusedParameter;

/** Parameters read numbers and booleans by the bodies' rule; what does not read is a 400 naming it. */
class StrictParametersTest {

    @SuppressWarnings("unused")
    void shapes(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("maxRate") Long maxRate,
                @QueryParam("minRating") Double minRating, @QueryParam("online") Boolean online,
                @QueryParam("size") int size) {
    }

    private static <T> ParamConverter<T> converter(Class<T> type, int parameter) {
        try {
            Annotation[] annotations = StrictParametersTest.class.getDeclaredMethod("shapes", int.class, Long.class,
                    Double.class, Boolean.class, int.class).getParameterAnnotations()[parameter];
            return new StrictParameters().getConverter(type, type, annotations);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void plainValuesAreRead() {
        assertThat(converter(int.class, 0).fromString("3")).isEqualTo(3);
        assertThat(converter(Long.class, 1).fromString("250")).isEqualTo(250L);
        assertThat(converter(Double.class, 2).fromString("4.5")).isEqualTo(4.5);
        assertThat(converter(Boolean.class, 3).fromString("true")).isTrue();
    }

    @Test
    void anEmptyValueIsAbsentOrTheDefault() {
        assertThat(converter(Long.class, 1).fromString("")).isNull();
        assertThat(converter(int.class, 0).fromString("")).isEqualTo(0);
        assertThatThrownBy(() -> converter(int.class, 4).fromString("")).isInstanceOf(RefusedParameter.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "100000000000", "1.5", "+5", "0x10", " 1", "-2147483649"})
    void aPageThatDoesNotReadNamesItself(String value) {
        assertThatThrownBy(() -> converter(int.class, 0).fromString(value))
                .isInstanceOfSatisfying(RefusedParameter.class, refused -> {
                    assertThat(refused.parameter()).isEqualTo("page");
                    assertThat(refused.reason()).contains("whole number");
                });
    }

    @Test
    void otherTypesRefuseByTheirOwnRule() {
        assertThatThrownBy(() -> converter(Long.class, 1).fromString("99.99")).isInstanceOf(RefusedParameter.class);
        assertThatThrownBy(() -> converter(Double.class, 2).fromString("NaN")).isInstanceOf(RefusedParameter.class);
        assertThatThrownBy(() -> converter(Double.class, 2).fromString("Infinity")).isInstanceOf(RefusedParameter.class);
        assertThatThrownBy(() -> converter(Boolean.class, 3).fromString("yes"))
                .isInstanceOfSatisfying(RefusedParameter.class, refused -> assertThat(refused.parameter()).isEqualTo("online"));
    }

    @Test
    void otherTypesAreLeftToTheRuntime() {
        assertThat(new StrictParameters().getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
