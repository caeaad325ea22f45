package dev.skillfast.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;

/** An administrator's end of a session: the reason both participants are told. */
public record AdminEndRequest(
        @Schema(example = "The expert reported abuse; the session is ended while we look into it.")
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") @PlainText String reason) {
}
