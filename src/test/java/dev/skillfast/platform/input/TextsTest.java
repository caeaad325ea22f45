package dev.skillfast.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for text, wherever it enters. */
class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ana García", "李小龙", "Zoë 😀 O'Brien", "a\tb"})
    void plainNamesAreOneLine(String name) {
        assertThat(Texts.isSingleLine(name)).isEqualTo(!name.contains("\t"));
        assertThat(Texts.isPlainText(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana\nGarcía", "Ana\rGarcía", "Ana\u0000", "\u0007bell", "del\u007f", "c1\u0085",
        "esc\u001b[31m", "line\u2028sep", "para\u2029sep", "evil\u202Egpj.exe", "iso\u2066late", "lone\uD800",
        "\uDC00first"})
    void controlsBreaksBidiAndLoneSurrogatesAreNotOneLine(String name) {
        assertThat(Texts.isSingleLine(name)).isFalse();
    }

    @Test
    void multiLineTextKeepsItsBreaksButNotOtherControls() {
        assertThat(Texts.isPlainText("first line\nsecond\r\n\tindented")).isTrue();
        assertThat(Texts.isPlainText("nul\u0000")).isFalse();
        assertThat(Texts.isPlainText("bell\u0007")).isFalse();
        assertThat(Texts.isPlainText("lone\uD83D")).isFalse();
        assertThat(Texts.isPlainText("pair\uD83D\uDE00")).isTrue();
    }

    @Test
    void loneSurrogatesBecomeTheReplacementCharacterAndPairsStay() {
        assertThat(Texts.replaceLoneSurrogates("ok 😀")).isEqualTo("ok 😀");
        assertThat(Texts.replaceLoneSurrogates("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(Texts.replaceLoneSurrogates("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(Texts.replaceLoneSurrogates("end\uD83D")).isEqualTo("end\uFFFD");
        assertThat(Texts.replaceLoneSurrogates("\uD83D\uDE00\uDE00")).isEqualTo("😀\uFFFD");
    }
}
