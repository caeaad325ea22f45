package dev.skillfast.costcentres.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.costcentres.store.CostCentreStore;
import dev.skillfast.costcentres.store.MemberStore;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.ForbiddenException;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.FundingChoice;
import dev.skillfast.sessions.domain.SessionSponsors;
import dev.skillfast.sessions.domain.Sponsorship;
import dev.skillfast.sessions.domain.Tariff;

/**
 * Cost centres as sponsors of sessions: only a member charges a centre, an active one in the expert's
 * currency. A session runs under the centre's per-session limit; one the client expects to cost more waits
 * for an approver, and then runs under the approved amount.
 */
@ApplicationScoped
public class CostCentreSponsor implements SessionSponsors {

    @Inject
    CostCentreStore centres;

    @Inject
    MemberStore members;

    @Inject
    Budgets budgets;

    @Inject
    Approvals approvals;

    @Override
    public void requireMember(String clientId, String code) {
        chargeable(clientId, code);
    }

    private CostCentre chargeable(String clientId, String code) {
        CostCentre c = centres.find(code).orElseThrow(() -> new NotFoundException("No such cost centre."));
        if (!members.isMember(c.code(), clientId)) {
            throw new ForbiddenException("You are not a member of cost centre " + c.code() + ": pay from your wallet, "
                    + "or ask an administrator to add you.");
        }
        if (!c.active()) {
            throw new ConflictException("Cost centre " + c.code() + " is closed: it pays for no sessions.");
        }
        return c;
    }

    @Override
    public Sponsorship sponsor(String clientId, FundingChoice choice, ExpertProfile expert, Channel channel, Tariff tariff) {
        CostCentre c = chargeable(clientId, choice.code());
        if (!c.currency().equals(tariff.currency())) {
            throw new ConflictException("Cost centre " + c.code() + " pays in " + c.currency() + "; "
                    + expert.displayName() + " charges in " + tariff.currency() + ".");
        }
        budgets.ensureCurrent(c);
        if (choice.approvalId() != null) {
            Approval approved = approvals.use(choice.approvalId(), clientId, c.code(), expert.id(), channel);
            long limit = c.perSessionLimit() == null ? approved.expectedCost()
                    : Math.max(c.perSessionLimit(), approved.expectedCost());
            return new Sponsorship.Granted(FundedBy.costCentre(c.code(), limit));
        }
        Integer minutes = choice.expectedMinutes();
        if (c.perSessionLimit() != null && minutes != null) {
            long expected = expectedCost(tariff, minutes);
            if (expected > c.perSessionLimit()) {
                Approval asked = approvals.ask(c, clientId, expert, channel, minutes, expected, tariff.currency());
                return new Sponsorship.AwaitingApproval(asked.id(), c.code(), asked.expiresAt(), expected, tariff.currency());
            }
        }
        return new Sponsorship.Granted(FundedBy.costCentre(c.code(), c.perSessionLimit()));
    }

    @Override
    public void giveBack(String approvalId, String clientId) {
        approvals.giveBack(approvalId, clientId);
    }

    @Override
    public void used(String approvalId, String sessionId) {
        approvals.used(approvalId, sessionId);
    }

    /** What a session of {@code minutes} costs at this tariff: its units, started ones counted whole. */
    static long expectedCost(Tariff tariff, int minutes) {
        long seconds = minutes * 60L;
        long units = (seconds + tariff.unitSeconds() - 1) / tariff.unitSeconds();
        return tariff.costOf(units);
    }
}
