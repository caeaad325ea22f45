package dev.skillfast.accounts.api;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Fields left out are not changed. */
@Schema(name = "AdminUserPatch")
public record AdminUserPatch(
        Boolean suspended,
        @Schema(enumeration = {"CLIENT", "EXPERT", "ADMIN"})
        @Pattern(regexp = "CLIENT|EXPERT|ADMIN", message = "must be CLIENT, EXPERT or ADMIN") String role) {
}
