package dev.skillfast.sessions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A client asks an expert for a session on one channel, paid from their wallet (the default) or a cost
 * centre they belong to.
 */
@Schema(name = "StartSessionRequest")
public record StartSessionRequest(@NotBlank @Size(max = 64) String expertId,
                                  @NotNull @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO")
                                  @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel,
                                  @Valid FundedByRequest fundedBy,
                                  @Min(1) @Max(600) @Schema(description = "With a cost centre: how long the session is "
                                          + "expected to last; above the centre's per-session limit it needs an approver")
                                  Integer expectedMinutes) {
}
