package dev.skillfast.desk.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;
import dev.skillfast.sessions.api.FundedByRequest;

/** A client asks the desk: a category, a channel, and the problem in their words. */
@Schema(name = "DeskJoinRequest")
public record DeskJoinRequest(
        @Schema(example = "it-support") @NotBlank @Size(max = 64) String category,
        @NotNull @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO")
        @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel,
        @Schema(example = "My laptop does not boot after the update.") @NotBlank
        @Size(max = 1000, message = "must be at most 1000 characters") @PlainText String description,
        @Valid @Schema(description = "Who pays the session once an expert picks it; default: the caller's wallet. "
                + "An approval is never asked for: the session runs under the centre's per-session limit.")
        FundedByRequest fundedBy) {

    /** The cost centre to charge; null for the wallet. */
    String costCentre() {
        return FundedByRequest.choice(fundedBy, null).code();
    }
}
