package dev.skillfast.sessions.domain;

/** Why an ACTIVE session ended. */
public enum EndReason {
    /** The client pressed "end". */
    CLIENT,
    /** The expert pressed "end". */
    EXPERT,
    /** The client's balance could not pay the next minute. */
    FUNDS,
    /** A participant stayed disconnected longer than the grace period. */
    DISCONNECT,
    /** An administrator ended it. */
    ADMIN,
    /** A participant's account was suspended: the session ended at once, billed up to that moment. */
    SUSPENDED
}
