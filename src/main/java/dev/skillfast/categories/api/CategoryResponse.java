package dev.skillfast.categories.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.LocalizedText;
import dev.skillfast.platform.rest.Page;

@Schema(name = "Category")
public record CategoryResponse(@Schema(example = "programming") String slug, LocalizedText name,
                               LocalizedText description, int order, boolean active,
                               @Schema(description = "Verified experts of active accounts in this category") long expertCount) {

    /** The API's list shape: every category on one page, each with its public expert count. */
    public static Page<CategoryResponse> page(List<Category> categories, Map<String, Long> expertCounts) {
        List<CategoryResponse> items = categories.stream()
                .map(c -> of(c, expertCounts.getOrDefault(c.slug(), 0L))).toList();
        return new Page<>(items, items.size(), 0, items.size());
    }

    public static CategoryResponse of(Category c, long expertCount) {
        return new CategoryResponse(c.slug(), c.name(), c.description(), c.order(), c.active(), expertCount);
    }
}
