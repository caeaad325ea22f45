package dev.skillfast.experts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AvatarImagesTest {

    @Test
    void recognisesPngJpegAndWebpByTheirBytes() {
        assertThat(AvatarImages.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(AvatarImages.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(AvatarImages.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains("image/webp");
    }

    @Test
    void refusesEverythingElse() {
        assertThat(AvatarImages.detect("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AvatarImages.detect("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AvatarImages.detect(new byte[0])).isEmpty();
        assertThat(AvatarImages.detect(null)).isEmpty();
    }

    @Test
    void versionsFollowTheContent() {
        byte[] a = {1, 2, 3};
        assertThat(AvatarImages.version(a)).hasSize(16).isEqualTo(AvatarImages.version(new byte[] {1, 2, 3}))
                .isNotEqualTo(AvatarImages.version(new byte[] {1, 2, 4}));
    }
}
