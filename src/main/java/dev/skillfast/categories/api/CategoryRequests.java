package dev.skillfast.categories.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.LocalizedText;

/** Request bodies of the category administration. */
public final class CategoryRequests {

    private CategoryRequests() {
    }

    @Schema(name = "CreateCategoryRequest")
    public record Create(
            @Schema(example = "programming") @NotNull @Size(min = 2, max = 40)
            @Pattern(regexp = Category.SLUG_PATTERN, message = "lower-case letters and digits, words joined by '-'")
            String slug,
            @NotNull @Valid @ConvertGroup(to = LocalizedText.Name.class) LocalizedText name,
            @NotNull @Valid LocalizedText description) {
    }

    /** Fields left out are not changed. */
    @Schema(name = "UpdateCategoryRequest")
    public record Update(@Valid @ConvertGroup(to = LocalizedText.Name.class) LocalizedText name,
                         @Valid LocalizedText description, Boolean active) {
    }

    @Schema(name = "ReorderCategoriesRequest")
    public record Reorder(@NotNull @Size(max = 500) List<@NotNull @Size(max = 40) String> slugs) {
    }
}
