package dev.skillfast.realtime.domain;

import dev.skillfast.experts.domain.Presence;

/** Fired (CDI event) when an expert's stored presence changed; the gateway tells the watchers. */
public record PresenceChanged(String expertId, Presence presence) {
}
