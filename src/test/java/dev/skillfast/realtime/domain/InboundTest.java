package dev.skillfast.realtime.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.skillfast.realtime.domain.Inbound.ErrorCode;
import dev.skillfast.realtime.domain.Inbound.Refused;

/** Reading client frames: every malformed shape is a bad-message refusal, never an exception that escapes. */
class InboundTest {

    @Test
    void readsTheEnvelopeAndTypedFields() {
        Inbound m = Inbound.parse("{\"type\":\"chat.read\",\"id\":\"r1\",\"sessionId\":\"s\",\"seq\":7,\"extra\":true}");
        assertThat(m.type()).isEqualTo("chat.read");
        assertThat(m.id()).isEqualTo("r1");
        assertThat(m.nonNegative("seq")).isEqualTo(7);
        assertThat(Inbound.parse("{\"type\":\"presence.watch\",\"expertIds\":[\"a\",\"b\"]}").strings("expertIds", 200))
                .containsExactly("a", "b");
        assertThat(Inbound.parse("{\"type\":\"rtc.ice\",\"candidate\":null}").candidate()).isPresent();
    }

    @Test
    void anUnusableIdIsIgnoredNotEchoed() {
        assertThat(Inbound.parse("{\"type\":\"ping\",\"id\":42}").id()).isNull();
        assertThat(Inbound.parse("{\"type\":\"ping\",\"id\":\"" + "x".repeat(65) + "\"}").id()).isNull();
    }

    @Test
    void malformedFramesAreBadMessages() {
        for (String frame : new String[] {"", "nope", "[1]", "\"text\"", "{\"type\":", "null"}) {
            assertThatThrownBy(() -> Inbound.parse(frame).type()).as(frame).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
        }
        assertBad("{\"type\":1}", m -> m.type());
        assertBad("{\"type\":\"chat.read\",\"seq\":-1}", m -> m.nonNegative("seq"));
        assertBad("{\"type\":\"chat.read\",\"seq\":1.5}", m -> m.nonNegative("seq"));
        assertBad("{\"type\":\"x\",\"expertIds\":\"a\"}", m -> m.strings("expertIds", 200));
        assertBad("{\"type\":\"x\",\"expertIds\":[1]}", m -> m.strings("expertIds", 200));
        assertBad("{\"type\":\"x\",\"expertIds\":[\"a\",\"b\",\"c\"]}", m -> m.strings("expertIds", 2));
        assertBad("{\"type\":\"rtc.ice\"}", Inbound::candidate);
        assertBad("{\"type\":\"rtc.ice\",\"candidate\":\"a=candidate\"}", Inbound::candidate);
    }

    @Test
    void numbersAreExactNotTruncatedOrWrapped() {
        assertThat(Inbound.parse("{\"type\":\"chat.read\",\"seq\":4.0}").nonNegative("seq")).isEqualTo(4);
        assertBad("{\"type\":\"chat.read\",\"seq\":18446744073709551617}", m -> m.nonNegative("seq"));
        assertBad("{\"type\":\"chat.read\",\"seq\":\"7\"}", m -> m.nonNegative("seq"));
        assertBad("{\"type\":\"chat.read\",\"seq\":1e30}", m -> m.nonNegative("seq"));
    }

    @Test
    void framesNestedTooDeepOrBeyondTheReadersLimitsAreBadMessagesNotErrors() {
        for (String frame : new String[] {"[".repeat(5_000) + "]".repeat(5_000),
            "{\"type\":\"ping\",\"x\":" + "{\"y\":".repeat(40) + "1" + "}".repeat(40) + "}",
            "{\"type\":\"ping\",\"n\":" + "9".repeat(2_000) + "}"}) {
            assertThatThrownBy(() -> Inbound.parse(frame)).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
        }
    }

    private static void assertBad(String frame, java.util.function.Function<Inbound, Object> read) {
        Inbound m = Inbound.parse(frame);
        assertThatThrownBy(() -> read.apply(m)).as(frame).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
}
