package dev.skillfast.realtime.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a frame shows before it is read: its nesting and its top-level id. */
class FrameScanTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"chat.send\",\"id\":\"c-1\",\"text\":\"hi\"}|c-1",
        "{\"type\":\"chat.send\",\"sessionId\":\"s\",\"text\":\"{\\\"id\\\":\\\"fake\\\"}\",\"id\":\"real-7\"}|real-7",
        "{ \"id\" : \"spaced\" }|spaced",
        "{\"inner\":{\"id\":\"nested\"},\"x\":1}|",
        "{\"id\":42}|",
        "{\"id\":\"esc\\\"aped\"}|",
        "[\"id\",\"x\"]|",
        "not json at all|",
        "{\"id\":\"unterminated|"
    })
    void findsOnlyAPlainTopLevelId(String frame, String id) {
        assertThat(FrameScan.of(frame).id()).isEqualTo(id);
    }

    @Test
    void nestingIsMeasuredOutsideStrings() {
        String deep = "[".repeat(FrameScan.MAX_DEPTH + 1) + "]".repeat(FrameScan.MAX_DEPTH + 1);
        assertThat(FrameScan.of(deep).tooDeep()).isTrue();
        String limit = "[".repeat(FrameScan.MAX_DEPTH) + "]".repeat(FrameScan.MAX_DEPTH);
        assertThat(FrameScan.of(limit).tooDeep()).isFalse();
        assertThat(FrameScan.of("{\"text\":\"" + "[".repeat(5_000) + "\"}").tooDeep()).isFalse();
        assertThat(FrameScan.of("{\"a\":" + "{\"b\":".repeat(10_000)).tooDeep()).isTrue();
    }

    @Test
    void anIdLongerThanTheProtocolAllowsIsNotEchoed() {
        assertThat(FrameScan.of("{\"id\":\"" + "x".repeat(65) + "\"}").id()).isNull();
        assertThat(FrameScan.of("{\"id\":\"" + "x".repeat(64) + "\"}").id()).hasSize(64);
    }
}
