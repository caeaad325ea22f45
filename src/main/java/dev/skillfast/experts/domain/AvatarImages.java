package dev.skillfast.experts.domain;

import java.util.Arrays;
import java.util.Optional;

/** Recognises the accepted image types from their first bytes, whatever the client claims. */
public final class AvatarImages {

    public static final int MAX_BYTES = 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private AvatarImages() {
    }

    /** image/png, image/jpeg or image/webp, or empty for anything else. */
    public static Optional<String> detect(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (startsWith(data, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** A short content hash: changes with the image, so URLs carrying it bust caches. */
    public static String version(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data))
                    .substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
