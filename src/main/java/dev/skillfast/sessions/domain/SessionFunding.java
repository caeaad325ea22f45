package dev.skillfast.sessions.domain;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;

/**
 * What the session lifecycle asks of billing before a session starts (implemented there, so sessions do
 * not depend on the ledger): the price of a session, and whether a client may start one.
 */
public interface SessionFunding {

    /** The tariff a session with this expert on this channel runs at, from the expert's current rates. */
    Tariff tariff(ExpertProfile expert, Channel channel);

    /**
     * Throws a 402 problem naming the missing amount when the payer (the client's wallet, or their cost
     * centre's budget) cannot cover the start.
     */
    void requireFundsToStart(String clientId, FundedBy payer, Tariff tariff);
}
