package dev.skillfast.diagnostics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientErrorLogTest {

    @Test
    void lineBreaksCannotForgeLogRecords() {
        assertThat(ClientErrorLog.printable("boom\n[11/28/26] SEVERE fake\r\tend"))
                .isEqualTo("boom\\n[11/28/26] SEVERE fake\\r\\tend");
    }

    @Test
    void otherControlCharactersAreEscaped() {
        assertThat(ClientErrorLog.printable("a\u0007b\u001bc")).isEqualTo("a\\u0007b\\u001bc");
    }

    @Test
    void missingValuesShowAsADash() {
        assertThat(ClientErrorLog.printable(null)).isEqualTo("-");
        assertThat(ClientErrorLog.printable("")).isEqualTo("-");
    }

    @Test
    void everyReportGetsItsOwnId() {
        ClientErrorLog log = new ClientErrorLog();
        assertThat(log.record("x", "/", null, "1")).isNotEqualTo(log.record("x", "/", null, "1"));
    }
}
