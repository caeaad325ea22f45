package dev.skillfast.desk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;

/** The message a client leaves when their request expired, for the category's experts to answer by e-mail. */
@Schema(name = "DeskFollowUpRequest")
public record DeskFollowUpRequest(@NotBlank @Size(max = 2000, message = "must be at most 2000 characters") @PlainText
                                  String message) {
}
