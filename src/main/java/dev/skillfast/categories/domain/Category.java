package dev.skillfast.categories.domain;

import java.time.Instant;

/** A service category; its slug is its identity and never changes. */
public record Category(String slug, LocalizedText name, LocalizedText description, int order, boolean active,
                       Instant createdAt) {

    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
}
