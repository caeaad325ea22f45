package dev.skillfast.accounts.api;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.accounts.domain.Languages;

/** Fields left out are not changed. */
@Schema(name = "UpdateMeRequest")
public record UpdateMeRequest(
        @Schema(example = "Ana García", maxLength = 80) @DisplayName String displayName,
        @Schema(enumeration = {"es", "en"}) @Pattern(regexp = Languages.PATTERN, message = "must be es or en")
        String language) {
}
