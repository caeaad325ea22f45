package dev.skillfast.diagnostics.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;
import dev.skillfast.platform.input.SingleLine;

/** An error the web app met in a user's browser. */
@Schema(name = "ClientErrorReport")
public record ClientErrorReport(
        @Schema(description = "The error message", example = "TypeError: x is undefined")
        @NotBlank @Size(max = 2000) @PlainText String message,
        @Schema(description = "The app route where it happened", example = "/experts/42")
        @Size(max = 2000) @Pattern(regexp = "/[^\\s]*", message = "must be a path starting with /") String route,
        @Schema(description = "The stack trace, as the browser gave it")
        @Size(max = 8000) @PlainText String stack,
        @Schema(description = "The web app's version", example = "0.1.0-SNAPSHOT")
        @Size(max = 64) @SingleLine String appVersion) {
}
