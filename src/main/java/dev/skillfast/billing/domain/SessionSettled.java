package dev.skillfast.billing.domain;

import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.Settlement;

/**
 * Fired (CDI event) after an ended session's settlement was stored (the receipt's figures). A settlement
 * may be repeated (the end's follow-up and a sweep): observers must do their work once per session.
 */
public record SessionSettled(Session session, Settlement settlement) {
}
