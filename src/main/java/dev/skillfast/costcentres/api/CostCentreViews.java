package dev.skillfast.costcentres.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.accounts.domain.User;
import dev.skillfast.costcentres.domain.Approval;
import dev.skillfast.costcentres.domain.Budgets;
import dev.skillfast.costcentres.domain.CostCentre;
import dev.skillfast.costcentres.domain.CostCentres;
import dev.skillfast.costcentres.domain.Member;
import dev.skillfast.platform.errors.NotFoundException;

/** Cost centres, members and approvals as the API shows them, with people's names. */
@ApplicationScoped
public class CostCentreViews {

    @Inject
    CostCentres centres;

    @Inject
    Budgets budgets;

    @Inject
    AccountService accounts;

    CostCentreResponse centre(CostCentre c) {
        List<CostCentreResponse.Person> approvers = c.approverIds().stream()
                .map(id -> new CostCentreResponse.Person(id, nameOf(id))).toList();
        return CostCentreResponse.of(c, approvers, budgets.balance(c), budgets.spentIn(c, budgets.currentMonth()),
                centres.memberCount(c.code()), budgets.currentMonth().toString());
    }

    MembersResponse members(String code, List<Member> members) {
        return new MembersResponse(code, members.stream().map(m -> {
            User user = find(m.userId());
            return new MembersResponse.MemberView(m.userId(), user == null ? null : user.displayName(),
                    user == null ? null : user.email(), m.source().name());
        }).toList());
    }

    ApprovalResponse approval(Approval a) {
        return ApprovalResponse.of(a, centres.find(a.code()).map(CostCentre::name).orElse(a.code()));
    }

    private String nameOf(String userId) {
        User user = find(userId);
        return user == null ? null : user.displayName();
    }

    private User find(String userId) {
        try {
            return accounts.get(userId);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
