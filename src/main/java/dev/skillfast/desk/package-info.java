/**
 * The "ask the desk" queue (issue 21): a client describes a problem in a category and waits,
 * in a visible position, until an expert of that category picks the request; the pick becomes an ordinary
 * session.
 *
 * <p>Requests ({@code domain}: states WAITING, PICKED, CANCELLED, EXPIRED; positions and estimated
 * waits, {@code WaitEstimate}; figures for administrators) live in their store ({@code store}: one waiting
 * request per client through a unique sparse key that only a waiting request carries; a pick is one
 * conditional update from WAITING, so of two experts picking the same request exactly one wins; expiry and
 * cancellation likewise only move a waiting request). A pick becomes an ordinary session through the
 * sessions feature (requested and accepted at once); a pick whose session cannot start ends the request.
 * After every change {@code DeskBroadcast} sends the category's experts its queue and each waiting client
 * their position ({@code desk.*} frames through the realtime feature's Delivery, on any server). The client
 * of an expired request may leave one message, mailed to the category's experts. A request names who pays
 * (the client's wallet, or a cost centre they belong to, checked when they join); the pick asks for the
 * session on it, under the centre's per-session limit (a desk request never waits for an approver).
 *
 * <p>Positions are counted, not stored: a request's position is one plus the waiting requests of its
 * category that joined before it (ties broken by id), so joins, cancellations, expiries and picks never
 * leave stale numbers behind.
 */
package dev.skillfast.desk;
