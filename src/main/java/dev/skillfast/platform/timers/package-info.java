/**
 * Timers' bodies run through {@link dev.skillfast.platform.timers.TimerRuns}: a failure is logged at
 * WARNING with an error id and counted, and {@code /health/live} shows the counts ({@code timers}). The
 * timers themselves stay in their features (EJB {@code @Schedule} or {@code TimerService}, non-persistent).
 */
package dev.skillfast.platform.timers;
