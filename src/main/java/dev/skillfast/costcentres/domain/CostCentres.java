package dev.skillfast.costcentres.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.costcentres.store.CostCentreStore;
import dev.skillfast.costcentres.store.MemberStore;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.InvalidInputException;
import dev.skillfast.platform.errors.NotFoundException;

/** Administrators' management of cost centres and their members, and the centres a person can use. */
@ApplicationScoped
public class CostCentres {

    /** A centre is one department: a few hundred members at most are assigned by hand. */
    public static final int MAX_MEMBERS = 2000;

    @Inject
    CostCentreStore store;

    @Inject
    MemberStore members;

    @Inject
    Budgets budgets;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /** What an administrator sets. */
    public record Draft(String code, String name, String currency, long monthlyBudget, Long perSessionLimit,
                        List<String> approverIds, boolean active) {
    }

    /** A centre as a person using it sees it. */
    public record Usable(CostCentre centre, long balance, boolean member, boolean approver) {
    }

    public List<CostCentre> all() {
        return store.all();
    }

    public Optional<CostCentre> find(String code) {
        return store.find(code);
    }

    public CostCentre get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("No such cost centre."));
    }

    public CostCentre create(Draft d) {
        Instant now = clock.instant();
        CostCentre c = new CostCentre(d.code(), d.name(), d.currency(), d.monthlyBudget(), d.perSessionLimit(),
                approvers(d.approverIds()), d.active(), null, now, now, 0);
        if (!store.insert(c)) {
            throw new ConflictException("A cost centre with code " + d.code() + " exists already.");
        }
        budgets.ensureCurrent(c);
        return get(d.code());
    }

    /** Changes a centre (its code and currency stay); a changed monthly amount moves this month's budget. */
    public CostCentre update(String code, Draft d, String adminId) {
        CostCentre before = get(code);
        if (!before.currency().equals(d.currency())) {
            throw new InvalidInputException("currency", "cannot change: the centre's budget and journal are in "
                    + before.currency());
        }
        CostCentre wanted = new CostCentre(code, d.name(), before.currency(), d.monthlyBudget(), d.perSessionLimit(),
                approvers(d.approverIds()), d.active(), before.budgetMonth(), before.createdAt(), clock.instant(),
                before.version());
        CostCentre after = store.update(wanted, before.version()).orElseThrow(() -> new ConflictException(
                "Someone else changed cost centre " + code + " meanwhile: load it again."));
        budgets.amountChanged(before, after, adminId);
        return get(code);
    }

    public List<Member> members(String code) {
        get(code);
        return members.of(code);
    }

    public long memberCount(String code) {
        return members.countOf(code);
    }

    /** The members an administrator assigns become exactly these users (members from sign-in stay). */
    public List<Member> assign(String code, List<String> userIds) {
        get(code);
        Set<String> unique = new LinkedHashSet<>(userIds);
        if (unique.size() > MAX_MEMBERS) {
            throw new InvalidInputException("userIds", "must list at most " + MAX_MEMBERS + " users");
        }
        requireUsers("userIds", unique);
        members.replaceOfCentre(code, Member.Source.ADMIN, unique, clock.instant());
        return members.of(code);
    }

    /** The centres a person belongs to or approves for, with what is left of each budget. */
    public List<Usable> usableBy(String userId) {
        Set<String> memberOf = members.codesOf(userId);
        List<Usable> usable = new ArrayList<>();
        for (CostCentre c : store.all()) {
            boolean member = memberOf.contains(c.code());
            boolean approver = c.approvedBy(userId);
            if (member || approver) {
                if (c.active()) {
                    budgets.ensureCurrent(c);
                }
                usable.add(new Usable(c, budgets.balance(c), member, approver));
            }
        }
        return usable;
    }

    private List<String> approvers(List<String> ids) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        requireUsers("approverIds", unique);
        return unique;
    }

    private void requireUsers(String field, Iterable<String> ids) {
        for (String id : ids) {
            try {
                accounts.get(id);
            } catch (NotFoundException e) {
                throw new InvalidInputException(field, "names a user who does not exist: " + id);
            }
        }
    }
}
