package dev.skillfast.accounts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed-in session. The refresh token travels in the HttpOnly cookie, not here (unless asked for). */
@Schema(name = "Session")
public record SessionResponse(
        @Schema(description = "RS256 JWT for the Authorization: Bearer header") String accessToken,
        @Schema(description = "Seconds until the access token expires", example = "900") long expiresIn,
        UserResponse user,
        @Schema(description = "Only for non-browser clients that sent their refresh token in the body")
        String refreshToken) {
}
