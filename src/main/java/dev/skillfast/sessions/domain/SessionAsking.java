package dev.skillfast.sessions.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.accounts.domain.AccountService;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.experts.domain.Presence;
import dev.skillfast.platform.errors.ConflictException;
import dev.skillfast.platform.errors.NotFoundException;

/**
 * A client asks an expert for a session: the expert must be online and offer the channel, the payer
 * (the client's wallet, or a cost centre through {@link SessionSponsors}) must cover the start, and on a
 * cost centre a session expected to pass its per-session limit waits for an approver instead.
 */
@ApplicationScoped
public class SessionAsking {

    @Inject
    SessionService lifecycle;

    @Inject
    ExpertService experts;

    @Inject
    AccountService accounts;

    @Inject
    SessionFunding funding;

    @Inject
    SessionSponsors sponsors;

    /**
     * What asking for a session led to: the session requested, or (on a cost centre, above its per-session
     * limit) an approval the client now waits for.
     */
    public record Asked(Session session, Sponsorship.AwaitingApproval awaiting) {
    }

    public Asked ask(String clientId, String expertId, Channel channel, FundingChoice choice) {
        ExpertProfile expert = experts.findPublic(expertId)
                .orElseThrow(() -> new NotFoundException("No such expert."));
        if (!expert.rates().containsKey(channel)) {
            throw new ConflictException(expert.displayName() + " does not offer " + channel.name().toLowerCase()
                    + " sessions.");
        }
        if (expert.presence() != Presence.ONLINE) {
            throw new ConflictException(expert.displayName() + (expert.presence() == Presence.BUSY
                    ? " is in another session right now." : " is not online right now."));
        }
        Tariff tariff = funding.tariff(expert, channel);
        Sponsorship sponsorship = choice.type() == FundedBy.Type.COST_CENTRE
                ? sponsors.sponsor(clientId, choice, expert, channel, tariff)
                : new Sponsorship.Granted(FundedBy.WALLET);
        if (sponsorship instanceof Sponsorship.AwaitingApproval awaiting) {
            return new Asked(null, awaiting);
        }
        FundedBy payer = ((Sponsorship.Granted) sponsorship).fundedBy();
        String approval = choice.type() == FundedBy.Type.COST_CENTRE ? choice.approvalId() : null;
        try {
            funding.requireFundsToStart(clientId, payer, tariff);
            Session requested = lifecycle.insertRequested(
                    new Session.Party(clientId, accounts.get(clientId).displayName(), null, 0, null),
                    new Session.Party(expertId, expert.displayName(), expert.avatarVersion(), 0, null), channel, payer);
            if (approval != null) {
                sponsors.used(approval, requested.id());
            }
            return new Asked(requested, null);
        } catch (RuntimeException e) {
            if (approval != null) {
                sponsors.giveBack(approval, clientId); // the approval was not spent on a session
            }
            throw e;
        }
    }
}
