package dev.skillfast.accounts.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePasswordRequest")
public record ChangePasswordRequest(
        @NotNull @Size(max = 128) String currentPassword,
        @Schema(minLength = 10, maxLength = 128) @NotNull @Size(min = 10, max = 128) String newPassword) {
}
