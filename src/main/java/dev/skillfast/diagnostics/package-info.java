/**
 * Diagnostics: errors the web app meets in users' browsers are reported to {@code POST /api/client-errors}
 * and written to the server log under an id the user can quote.
 *
 * <p>Design notes. Reports are logged, not stored: operators read the server log already, and a
 * public endpoint that writes to the database would be an easy way to fill it. Every client value is
 * size-limited by validation and escaped before it reaches the log.
 */
package dev.skillfast.diagnostics;
