package dev.skillfast.accounts.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @Schema(example = "ana@example.com") @NotBlank @Size(max = 254) String email,
        @Schema(example = "correct horse battery staple") @NotNull @Size(max = 128) String password) {
}
