package dev.skillfast.experts.domain;

/** An expert's photo: its checked content type, its bytes and the content hash that versions its URL. */
public record Avatar(String contentType, byte[] data, String version) {
}
