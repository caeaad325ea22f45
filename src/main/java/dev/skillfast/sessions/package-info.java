/**
 * Sessions: the lifecycle of a consultation between a client and an expert, and the participants'
 * presence in it (collection {@code sessions}).
 *
 * <p><b>What it owns.</b> The lifecycle's fields of the session documents (who, channel, state and its
 * times, end reason, the tariff agreed at acceptance) with {@code stateKey}, {@code clientOpen},
 * {@code expertBusy} and {@code expiresDue} ({@code store.SessionStore}); and the presence marks: "away
 * since" per participant with the session's {@code awayDue}, and read marks ({@code store.SessionMarkStore}).
 * Billing's fields on the same documents ({@code billing}, {@code billingDue}, {@code settlement}) are the
 * billing feature's: nothing here reads or writes them. What billing reports of a session
 * ({@code SessionCharges}: units billed, the settlement) comes through {@code SessionMetering}.
 *
 * <p><b>Lifecycle</b> ({@code SessionService}). REQUESTED → ACTIVE | DECLINED | EXPIRED | CANCELLED, ACTIVE →
 * ENDED (reason CLIENT, EXPERT, FUNDS, DISCONNECT, ADMIN or SUSPENDED). Every transition is one
 * {@code findOneAndUpdate} conditioned on the current state (and, for accept, on the deadline), so of
 * racing answers exactly one matches and the others get 409; nothing needs a transaction. "A client has at
 * most one open session" and "an expert at most one active session" are unique sparse indexes on fields
 * that exist only while the rule applies. A request needs the expert ONLINE (connected and available, see
 * the realtime feature) and a channel the expert offers. After a change, in this order: the session is
 * remembered for the gateway ({@code SessionCache}), {@code SessionEvent} is fired (the realtime gateway
 * tells both participants, presence follows the expert), then billing is called explicitly
 * ({@code SessionMetering}: charge the first unit of a session that started, settle one that ended). Strangers
 * get 404 for a session, not 403, so ids reveal nothing. When an account is suspended
 * ({@code AccountChanged}, observed by {@code SuspendedAccounts}), its ACTIVE session ends at once (SUSPENDED,
 * settled as usual: nothing is billed after that moment), a request it made is cancelled and requests
 * waiting for it (an expert) are declined.
 *
 * <p><b>Operations console</b> (issue 22). {@code AdminSessionsResource}: every session by state, channel,
 * participant and day ({@code SessionOverview} over {@code store.SessionSearch}), each with its participants'
 * "away since" marks as their connection state; an administrator's end ({@code SessionService.endByAdmin})
 * is an ADMIN end with the reason stored as {@code endNote}, so both participants' {@code session.ended}
 * carries it, and is settled like any end. The realtime feature pushes the same view live to administrators
 * ({@code ops.session}).
 *
 * <p><b>Presence</b> ({@code SessionPresence}). The realtime gateway reports a participant away when their
 * last connection closes and back when they connect again; an ACTIVE session a participant stays away from
 * for {@code skillfast.sessions.disconnect-grace} ends (DISCONNECT) as of the moment the grace ran out. At
 * start-up nobody is connected: every participant of an ACTIVE session counts as away since the last moment
 * billing saw both connected. {@code SessionSweep} (EJB timer, every 5 s) expires unanswered requests and
 * ends abandoned sessions, reading only what is due by the due keys {@code expiresDue} (while REQUESTED) and
 * {@code awayDue} (while ACTIVE once someone has left, kept at or before the earliest away mark with
 * {@code $min}; when the sweep finds the participant back it moves the key on by a compare-and-set, to now:
 * an away mark written meanwhile that did not lower the key would otherwise be missed).
 */
package dev.skillfast.sessions;
