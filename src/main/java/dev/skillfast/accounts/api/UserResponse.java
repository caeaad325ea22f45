package dev.skillfast.accounts.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.accounts.domain.User;

/** An account as the API shows it: never its password hash or lock state. */
@Schema(name = "User")
public record UserResponse(
        @Schema(example = "7d3c1f0e-2a4b-4c5d-8e9f-0a1b2c3d4e5f") String id,
        @Schema(example = "ana@example.com") String email,
        @Schema(example = "Ana García") String displayName,
        @Schema(enumeration = {"CLIENT", "EXPERT", "ADMIN"}, example = "CLIENT") String role,
        @Schema(enumeration = {"es", "en"}, example = "es") String language,
        boolean suspended,
        @Schema(description = "True until the user replaces a one-time password") boolean mustChangePassword,
        Instant createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id(), user.email(), user.displayName(), user.role().name(), user.language(),
                user.suspended(), user.mustChangePassword(), user.createdAt());
    }
}
