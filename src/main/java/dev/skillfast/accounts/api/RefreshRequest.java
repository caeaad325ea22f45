package dev.skillfast.accounts.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For clients without cookies; browsers send nothing and the cookie is used. */
@Schema(name = "RefreshRequest")
public record RefreshRequest(@Size(max = 200) String refreshToken) {
}
