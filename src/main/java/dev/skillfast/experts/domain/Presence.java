package dev.skillfast.experts.domain;

/**
 * Whether an expert can be consulted now. Until live presence exists it follows the expert's
 * "available" switch; the live-sessions feature will set BUSY and OFFLINE from connections.
 */
public enum Presence {
    ONLINE, BUSY, OFFLINE
}
