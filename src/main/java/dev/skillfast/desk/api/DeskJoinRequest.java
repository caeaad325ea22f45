package dev.skillfast.desk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;

/** A client asks the desk: a category, a channel, and the problem in their words. */
@Schema(name = "DeskJoinRequest")
public record DeskJoinRequest(
        @Schema(example = "it-support") @NotBlank @Size(max = 64) String category,
        @NotNull @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO")
        @Schema(enumeration = {"CHAT", "AUDIO", "VIDEO"}) String channel,
        @Schema(example = "My laptop does not boot after the update.") @NotBlank
        @Size(max = 1000, message = "must be at most 1000 characters") @PlainText String description) {
}
