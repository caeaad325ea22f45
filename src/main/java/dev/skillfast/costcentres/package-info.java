/**
 * Cost centres (issue 21): departments pay for their people's sessions from a monthly budget instead of
 * personal wallets (chargeback on an intranet).
 *
 * <p><b>Centres and members</b> ({@code domain.CostCentres}, {@code store}): administrators create and
 * change centres ({@code code, name, currency, monthlyBudget, perSessionLimit, approverIds, active}; code
 * and currency fixed) and assign members. Members also come from the identity provider: with
 * {@code skillfast.costcentre.claim} set, every single sign-on ({@code SsoSignedIn}, fired by accounts)
 * makes the person a member of exactly the centres the claim names ({@code SsoMemberships}). The two
 * sources are stored apart ({@code cost_centre_members}, one document per centre, user and source), so
 * each replaces only its own.
 *
 * <p><b>Budgets are ledger accounts</b> ({@code domain.Budgets}): {@code costcentre:<code>:<CUR>} in
 * billing's double-entry journal, never below zero like a wallet, so a session charged to a centre takes
 * exactly the wallet's path: the same minimum to start (402 with what is missing), the same per-minute
 * SESSION_CHARGE entries, the same FUNDS end and one-minute warning, the same ledger check. On the first of
 * each month in {@code skillfast.costcentre.timezone} one BUDGET entry (key {@code budget:<code>:<month>})
 * sets the account to the monthly amount (the rest of the month before lapses back to funding); the sweep
 * ({@code CostCentreTimer}) does it within a minute of midnight and starting a session on a centre does it
 * first if the sweep has not yet. The key makes it once across servers; the centre records the month done.
 *
 * <p><b>Sessions</b> ask through {@link dev.skillfast.sessions.domain.SessionSponsors}
 * ({@code CostCentreSponsor}), so sessions do not depend on this feature: only a member charges an active
 * centre in the expert's currency. A session runs under the centre's per-session limit (reaching it ends
 * the session as an empty wallet would). A client who expects it to cost more says how long
 * ({@code expectedMinutes}); then an approval is asked of the centre's approvers ({@code Approvals}, told
 * live by {@code approval.requested}), who approve or reject it while it is PENDING, within
 * {@code skillfast.costcentre.approval-timeout}; the client is told ({@code approval.decided}) and starts
 * the session with the approval, which it then runs under (used once). Nobody answering, or the client not
 * starting in time, expires it. Each change of an approval is one conditional update, so of two answers,
 * an answer and the expiry, or two uses, one wins.
 *
 * <p><b>The chargeback report</b> ({@code Chargebacks}) reads the centre's account in the journal for a
 * month (in the configured zone): every SESSION_CHARGE entry, by session, person, expert and day, so its
 * totals are the journal's. Administrators and the centre's approvers read it, as JSON or CSV.
 */
package dev.skillfast.costcentres;
