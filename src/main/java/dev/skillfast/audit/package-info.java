/**
 * The audit log (issue 22): who did what to whom, when and from where, in a form that shows tampering
 * (collection {@code audit_log}).
 *
 * <p><b>What goes in.</b> Every administrator action (suspend, reactivate, role change, reset link, expert
 * verification, credit grant, category changes, review hide and restore, session end, top-up refunds and
 * resolutions, payout approvals and rejections, cost centre changes, backups, a billing sweep on demand) is
 * recorded by the resource that performs it, after it succeeded, with the target as the API shows it before
 * and after ({@code AuditTrail.adminAction}); security events (a sign-in failure that locks an account and
 * attempts while it is locked, a refresh token presented again, a suspended account's sign-in or refresh) by
 * the accounts feature where it detects them ({@code AuditTrail.securityEvent}). The actor, client address and
 * request id come from the HTTP request ({@code platform.web.RequestOrigin}, {@code RequestIdFilter}).
 *
 * <p><b>Tamper evidence.</b> Records are numbered from 1 ({@code _id} = seq, so two servers cannot take the same
 * place; the loser retries at the next one) and each carries SHA-256 over its fields and the previous record's
 * hash ({@code AuditChain}). {@code GET /api/admin/audit/verify} walks the chain and reports the first record that
 * is missing, does not name its predecessor's hash, or no longer matches its own. Nothing in the application
 * updates or deletes a record. A chain alone cannot show records cut from its end or a log rewritten whole by
 * someone who recomputes every hash: the verify answer gives the last seq and hash to keep elsewhere (a ticket,
 * the monitoring system) for that.
 */
package dev.skillfast.audit;
