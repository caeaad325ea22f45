package dev.skillfast.sessions.domain;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;

/**
 * Who may pay a session other than the client's wallet (implemented by the cost-centres feature, so
 * sessions do not depend on it): membership, the centre's rules and approvals.
 */
public interface SessionSponsors {

    /**
     * Decides a session asked for on a cost centre: granted (with the limit it runs under), or an
     * approval asked for. Throws a 403 problem for a non-member, 409 for an inactive centre or another
     * currency. An approval named in the choice is used up by a grant.
     */
    Sponsorship sponsor(String clientId, FundingChoice choice, ExpertProfile expert, Channel channel, Tariff tariff);

    /** Throws unless the client may charge the cost centre: 404 unknown, 403 not a member, 409 closed. */
    void requireMember(String clientId, String code);

    /** The session a granted approval was used for could not be created: the approval may be used again. */
    void giveBack(String approvalId, String clientId);

    /** The session a granted approval was used for exists now. */
    void used(String approvalId, String sessionId);
}
