package dev.skillfast.experts.domain;

/**
 * Whether an expert can be consulted now, kept by the realtime gateway: ONLINE while connected and
 * available, BUSY during an active session, OFFLINE otherwise (30 s after the last connection closed).
 */
public enum Presence {
    ONLINE, BUSY, OFFLINE
}
