package dev.skillfast.accounts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How this desk signs people in.
 *
 * @param mailEnabled whether a forgotten password's reset link is mailed (else an administrator makes one)
 */
@Schema(name = "SsoOptions")
public record SsoOptionsResponse(boolean configured, @Schema(example = "Contoso") String label,
                                 @Schema(example = "/api/auth/sso/start") String startUrl,
                                 boolean localSignup, boolean localLogin, boolean mailEnabled) {
}
