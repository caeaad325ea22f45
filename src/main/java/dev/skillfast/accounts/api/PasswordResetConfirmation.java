package dev.skillfast.accounts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordResetConfirmation")
public record PasswordResetConfirmation(
        @Schema(description = "The token of the reset link") @NotBlank @Size(max = 128) String token,
        @Schema(minLength = 10, maxLength = 128) @NotNull @Size(min = 10, max = 128) String password) {
}
