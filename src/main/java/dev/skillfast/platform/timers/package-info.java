/**
 * Timers' bodies run through {@link dev.skillfast.platform.timers.TimerRuns}: a failure is logged at
 * WARNING with an error id and counted, and {@code /health/live} shows the counts ({@code timers}). The
 * timers themselves stay in their features (EJB {@code @Schedule} or {@code TimerService}, non-persistent).
 * Jobs that change shared data (billing, session and ticket sweeps, ledger recovery, reconciliation,
 * token clean-up) run with {@code runLeased}: in a cluster, on the member holding the job's lease only
 * ({@code platform.cluster.Leases}). Jobs about this server's own memory (presence of its connections,
 * its search index) run on every member.
 */
package dev.skillfast.platform.timers;
