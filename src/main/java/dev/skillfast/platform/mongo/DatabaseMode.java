package dev.skillfast.platform.mongo;

/** Which MongoDB the application talks to. */
public enum DatabaseMode {
    /** mongo-java-server with its H2 file backend, started inside the application (no URI configured). */
    EMBEDDED,
    /** A real MongoDB at the configured {@code skillfast.mongodb.uri}. */
    EXTERNAL
}
