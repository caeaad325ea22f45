package dev.skillfast.costcentres.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.costcentres.domain.CostCentres;
import dev.skillfast.platform.input.CurrencyCode;
import dev.skillfast.platform.input.SingleLine;

/** A cost centre as an administrator sets it; amounts in minor units of {@code currency}. */
@Schema(name = "CostCentreRequest")
public record CostCentreRequest(
        @Schema(example = "FIN-01", description = "Upper-case letters, digits, - and _; fixed once created")
        @NotBlank @Pattern(regexp = CostCentreRequest.CODE, message = "must be 2 to 32 upper-case letters, digits, - or _")
        String code,
        @NotBlank @Size(max = 120, message = "must be at most 120 characters") @SingleLine String name,
        @NotNull @CurrencyCode @Schema(description = "Fixed once created") String currency,
        @NotNull @Min(0) @Max(CostCentreRequest.MAX_AMOUNT) Long monthlyBudget,
        @Min(1) @Max(CostCentreRequest.MAX_AMOUNT) @Schema(description = "Null: no limit") Long perSessionLimit,
        @Size(max = 50, message = "must list at most 50 approvers") List<@NotBlank @Size(max = 64) String> approverIds,
        @Schema(defaultValue = "true") Boolean active) {

    public static final String CODE = "[A-Z0-9][A-Z0-9_-]{1,31}";
    public static final long MAX_AMOUNT = 10_000_000_000L;

    CostCentres.Draft draft() {
        return new CostCentres.Draft(code, name.strip(), currency, monthlyBudget, perSessionLimit,
                approverIds == null ? List.of() : approverIds, active == null || active);
    }
}
