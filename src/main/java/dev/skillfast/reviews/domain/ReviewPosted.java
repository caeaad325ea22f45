package dev.skillfast.reviews.domain;

/** Fired (CDI event) after a client's review of a session was stored. */
public record ReviewPosted(Review review) {
}
