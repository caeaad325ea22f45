package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "'es-ES,es;q=0.9,en;q=0.8', es",
        "'fr-FR,en;q=0.5', en",
        "'de', en",
        "NULL, en",
        "'%%%garbage;;q=x', en",
        "'EN-gb', en"
    })
    void picksTheFirstSupportedLanguage(String header, String expected) {
        assertThat(Languages.fromAcceptLanguage(header)).isEqualTo(expected);
    }
}
