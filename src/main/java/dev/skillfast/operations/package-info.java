/**
 * Operations (issue 22): the live figures of the administrators' console, {@code GET /api/admin/operations}.
 * It owns no data: it asks the features that do (realtime's connections and the cluster's map of connected
 * users, the experts' search index for presence, sessions for their states, billing for its last sweep, the
 * platform's readiness check for the database) and nothing depends on it.
 */
package dev.skillfast.operations;
