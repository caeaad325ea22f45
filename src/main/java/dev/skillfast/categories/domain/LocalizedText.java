package dev.skillfast.categories.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in both languages of the web app. */
@Schema(name = "LocalizedText")
public record LocalizedText(@Schema(example = "Programación") @NotBlank @Size(max = 200) String es,
                            @Schema(example = "Programming") @NotBlank @Size(max = 200) String en) {
}
