package dev.skillfast.experts.domain;

/**
 * Fired (CDI event) after an expert saved their profile, so live presence can follow the "available"
 * switch.
 */
public record ExpertProfileSaved(String expertId) {
}
