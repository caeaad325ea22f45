package dev.skillfast.costcentres.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.skillfast.costcentres.domain.CostCentre;

/**
 * A cost centre as administrators see it: its settings, what is left of this month's budget and what was
 * spent of it, and how many members it has. Amounts in minor units of {@code currency}.
 */
@JsonbNillable
@Schema(name = "CostCentre")
public record CostCentreResponse(String code, String name, String currency, long monthlyBudget,
                                 @Schema(description = "Null: no limit") Long perSessionLimit, List<String> approverIds,
                                 List<Person> approvers, boolean active,
                                 @Schema(description = "Left of this month's budget") long balance,
                                 @Schema(description = "Charged for sessions this month") long spentThisMonth,
                                 long memberCount, @Schema(example = "2026-12") String month) {

    /** An approver. */
    public record Person(String id, String name) {
    }

    static CostCentreResponse of(CostCentre c, List<Person> approvers, long balance, long spent, long members, String month) {
        return new CostCentreResponse(c.code(), c.name(), c.currency(), c.monthlyBudget(), c.perSessionLimit(),
                c.approverIds(), approvers, c.active(), balance, spent, members, month);
    }
}
