package dev.skillfast.costcentres.domain;

import java.time.Instant;
import java.util.List;

/**
 * A department that pays its members' sessions from a monthly budget.
 *
 * @param monthlyBudget   minor units of {@code currency} the budget is set to on the first of each month
 * @param perSessionLimit the most one session may cost without an approver's OK (minor units); null: no limit
 * @param approverIds     who may approve sessions above the limit and read the centre's report
 * @param budgetMonth     the month ("2026-12") the budget was last set for; null before the first
 * @param version         raised by every administrator's change, for conditional updates
 */
public record CostCentre(String code, String name, String currency, long monthlyBudget, Long perSessionLimit,
                         List<String> approverIds, boolean active, String budgetMonth, Instant createdAt,
                         Instant updatedAt, long version) {

    public boolean approvedBy(String userId) {
        return approverIds.contains(userId);
    }
}
