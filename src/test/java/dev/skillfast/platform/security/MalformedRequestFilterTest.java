package dev.skillfast.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the API refuses before its runtime tries to parse it. */
class MalformedRequestFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "image/png", " image/webp ",
        "multipart/form-data; boundary=\"a b\"", "text/plain;charset=utf-8"})
    void mediaTypesAreAccepted(String value) {
        assertThat(MalformedRequestFilter.isMediaType(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "json", "application/", "/json", "image/png;", "image/png; charset", "a/b/c",
        "image/png; x=\"unterminated", "imagé/png", "image png"})
    void otherContentTypesAreNot(String value) {
        assertThat(MalformedRequestFilter.isMediaType(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/experts", "/api/experts/%C3%A9", "q=caf%C3%A9&page=1", "/api/x%2Fy", "/a%20b"})
    void wellEncodedAddressesPass(String raw) {
        assertThat(MalformedRequestFilter.isWellEncoded(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/experts/%c0%ae%c0%ae", "/api/%ff", "q=%zz", "q=%", "q=%4", "/api/%C3", "/api/%ED%A0%80"})
    void brokenOrNonUtf8EscapesAreRefused(String raw) {
        assertThat(MalformedRequestFilter.isWellEncoded(raw)).isFalse();
    }
}
