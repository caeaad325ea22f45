package dev.skillfast.categories.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.LocalizedText;

@Schema(name = "Category")
public record CategoryResponse(@Schema(example = "programming") String slug, LocalizedText name,
                               LocalizedText description, int order, boolean active,
                               @Schema(description = "Verified experts of active accounts in this category") long expertCount) {

    public static CategoryResponse of(Category c, long expertCount) {
        return new CategoryResponse(c.slug(), c.name(), c.description(), c.order(), c.active(), expertCount);
    }
}
