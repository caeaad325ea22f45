package dev.skillfast.accounts.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.SingleLine;

@Schema(name = "RegisterRequest")
public record RegisterRequest(
        @Schema(example = "ana@example.com") @NotBlank @Email @SingleLine @Size(max = 254) String email,
        @Schema(example = "correct horse battery staple", minLength = 10, maxLength = 128)
        @NotNull @Size(min = 10, max = 128) String password,
        @Schema(example = "Ana García", maxLength = 80) @NotNull @DisplayName String displayName,
        @Schema(enumeration = {"CLIENT", "EXPERT"}, example = "CLIENT")
        @NotNull @Pattern(regexp = "CLIENT|EXPERT", message = "must be CLIENT or EXPERT") String role) {
}
