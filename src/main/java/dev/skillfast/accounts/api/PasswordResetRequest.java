package dev.skillfast.accounts.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.SingleLine;

@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(@Schema(example = "ana@example.com") @NotBlank @Email @SingleLine @Size(max = 254)
                                   String email) {
}
