/**
 * Sessions: the lifecycle of a consultation between a client and an expert (collection
 * {@code sessions}).
 *
 * <p>Design notes. REQUESTED → ACTIVE | DECLINED | EXPIRED | CANCELLED, ACTIVE → ENDED (reason CLIENT,
 * EXPERT, FUNDS, DISCONNECT or ADMIN). Every transition is one {@code findOneAndUpdate} conditioned on
 * the current state (and, for accept, on the deadline), so of racing answers exactly one matches and the
 * others get 409; nothing needs a transaction. "A client has at most one open session" and "an expert
 * at most one active session" are unique sparse indexes on fields that exist only while the rule
 * applies ({@code clientOpen}, {@code expertBusy}): partial indexes would say it more directly, but the
 * embedded store ignores their filter. A request needs the expert ONLINE (connected and available,
 * see the realtime feature) and a channel the expert offers. {@code SessionSweep} (EJB timer, every 5 s)
 * expires unanswered requests after {@code skillfast.sessions.request-timeout} and ends ACTIVE sessions a
 * participant has been away (no live connection) for {@code skillfast.sessions.disconnect-grace}; the
 * realtime feature records "away since" when a participant's last connection closes and clears it when
 * they connect again. The sweep reads only what is due, by unique sparse keys that exist while they
 * apply ({@link dev.skillfast.platform.mongo.DueKeys}): {@code expiresDue} while REQUESTED, and {@code awayDue}
 * while ACTIVE once someone has left, kept at or before the earliest away mark ({@code $min}); when the
 * sweep finds the participant back it moves the key on by a compare-and-set (to now, not away: an away mark
 * written meanwhile that did not lower the key would otherwise be missed). Changes fire
 * {@code SessionEvent}, which the realtime gateway turns into {@code session.*} frames. Strangers get 404
 * for a session, not 403, so ids reveal nothing.
 */
package dev.skillfast.sessions;
