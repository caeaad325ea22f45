package dev.skillfast.categories.domain;

import java.util.Map;

/**
 * How many public experts each category has, which the category lists show. Owned here and answered by
 * the experts feature (which uses categories, so categories must not use it): slugs without a public
 * expert may be missing from the map.
 */
public interface PublicExpertCounts {

    Map<String, Long> perCategory();
}
