package dev.skillfast.accounts.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A one-time password reset link and when it stops working. */
@Schema(name = "ResetLinkResponse")
public record ResetLinkResponse(@Schema(example = "https://desk.example.com/reset-password?token=Qm9...") String url,
                                Instant expiresAt) {
}
