package dev.skillfast.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client asks an expert for a session on one channel. */
@Schema(name = "StartSessionRequest")
public record StartSessionRequest(@NotBlank @Size(max = 64) String expertId,
                                  @NotNull @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO")
                                  @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel) {
}
