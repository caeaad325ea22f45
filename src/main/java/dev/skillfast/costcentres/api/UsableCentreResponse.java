package dev.skillfast.costcentres.api;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.costcentres.domain.CostCentres;

/** A cost centre the caller may charge (member) or approves for (approver). */
@JsonbNillable
@Schema(name = "MyCostCentre")
public record UsableCentreResponse(String code, String name, String currency,
                                   @Schema(description = "Left of this month's budget") long balance,
                                   @Schema(description = "Null: no limit") Long perSessionLimit, boolean member,
                                   boolean approver, boolean active) {

    static UsableCentreResponse of(CostCentres.Usable u) {
        return new UsableCentreResponse(u.centre().code(), u.centre().name(), u.centre().currency(), u.balance(),
                u.centre().perSessionLimit(), u.member(), u.approver(), u.centre().active());
    }
}
