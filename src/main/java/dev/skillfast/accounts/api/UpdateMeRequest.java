package dev.skillfast.accounts.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.accounts.domain.Languages;

/** Fields left out are not changed. */
@Schema(name = "UpdateMeRequest")
public record UpdateMeRequest(
        @Schema(example = "Ana García") @Size(min = 1, max = 80) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String displayName,
        @Schema(enumeration = {"es", "en"}) @Pattern(regexp = Languages.PATTERN, message = "must be es or en")
        String language) {
}
