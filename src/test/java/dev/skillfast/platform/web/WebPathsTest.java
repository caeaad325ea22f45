package dev.skillfast.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/info", "/ws", "/ws/x", "/health", "/health/ready", "/openapi", "/openapi/ui",
        "/errors/problem"})
    void backendPathsKeepTheirOwnHandling(String path) {
        assertThat(WebPaths.isBackend(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/experts/123", "/apix", "/wsx", "/about", "/healthy-living"})
    void appRoutesAreNotBackend(String path) {
        assertThat(WebPaths.isBackend(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/main-4K6ZQDGP.js", "/chunk-ABCDEFGH.js", "/styles-XYZ12345.css", "/media/font-A1B2C3D4.woff2"})
    void angularHashedFilesAreImmutable(String path) {
        assertThat(WebPaths.isHashedAsset(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/index.html", "/favicon.ico", "/i18n/en.json", "/some-filename.js", "/experts/123"})
    void otherFilesAreNotTakenForHashed(String path) {
        assertThat(WebPaths.isHashedAsset(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/favicon.ico", "/assets/logo.svg", "/main-4K6ZQDGP.js"})
    void filesLookLikeFiles(String path) {
        assertThat(WebPaths.looksLikeFile(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/experts/123", "/about", "/.well-known/"})
    void routesDoNotLookLikeFiles(String path) {
        assertThat(WebPaths.looksLikeFile(path)).isFalse();
    }
}
