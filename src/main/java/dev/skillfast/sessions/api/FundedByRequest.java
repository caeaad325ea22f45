package dev.skillfast.sessions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.FundingChoice;

/** Who pays: the caller's wallet, or a cost centre they belong to (with an approval, when one was granted). */
@Schema(name = "FundedBy")
public record FundedByRequest(
        @NotNull @Pattern(regexp = "WALLET|COST_CENTRE", message = "must be WALLET or COST_CENTRE")
        @Schema(enumeration = {"WALLET", "COST_CENTRE"}) String type,
        @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "must be a cost centre code") String code,
        @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "must be an approval id") String approvalId) {

    /** The choice as the domain takes it; null (no body) is the wallet. */
    public static FundingChoice choice(FundedByRequest f, Integer expectedMinutes) {
        if (f == null || f.type().equals("WALLET")) {
            return FundingChoice.WALLET;
        }
        if (f.code() == null) {
            throw new InvalidInputException("fundedBy.code", "is required to charge a cost centre");
        }
        return new FundingChoice(FundedBy.Type.COST_CENTRE, f.code(), f.approvalId(), expectedMinutes);
    }
}
