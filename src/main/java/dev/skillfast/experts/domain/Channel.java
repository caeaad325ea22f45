package dev.skillfast.experts.domain;

/** How a consultation happens. */
public enum Channel {
    CHAT, AUDIO, VIDEO
}
