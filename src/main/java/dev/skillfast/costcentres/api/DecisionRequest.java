package dev.skillfast.costcentres.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.input.PlainText;

/** An approver's answer; the note is shown to the client. */
@Schema(name = "ApprovalDecision")
public record DecisionRequest(@Size(max = 500, message = "must be at most 500 characters") @PlainText String note) {
}
