package dev.skillfast.categories.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;
import dev.skillfast.platform.input.SingleLine;

/**
 * A text in both languages of the web app: plain text; a name (validated in the {@link Name} group, e.g.
 * with {@code @ConvertGroup(to = LocalizedText.Name.class)}) is also one line.
 */
@Schema(name = "LocalizedText")
public record LocalizedText(@Schema(example = "Programación") @NotBlank @Size(max = 200) @PlainText
                            @SingleLine(groups = Name.class) String es,
                            @Schema(example = "Programming") @NotBlank @Size(max = 200) @PlainText
                            @SingleLine(groups = Name.class) String en) {

    /** The validation group of names: the default rules plus one line. */
    public interface Name extends Default {
    }
}
