package dev.skillfast.billing.store;

import java.util.Date;

import org.bson.Document;

import dev.skillfast.sessions.domain.Settlement;

/** A session's {@code settlement} sub-document. */
final class SettlementDocuments {

    private SettlementDocuments() {
    }

    static Document toDocument(Settlement s) {
        return new Document("durationSeconds", s.durationSeconds()).append("unitsBilled", s.unitsBilled())
                .append("freeUnits", s.freeUnits()).append("paidUnits", s.paidUnits()).append("total", s.total())
                .append("expertEarning", s.expertEarning()).append("commission", s.commission())
                .append("currency", s.currency()).append("settledAt", Date.from(s.settledAt()));
    }

    static Settlement toSettlement(Document s) {
        if (s == null) {
            return null;
        }
        Date settled = s.getDate("settledAt");
        return new Settlement(SessionBillingStore.number(s.get("durationSeconds")), SessionBillingStore.number(s.get("unitsBilled")),
                SessionBillingStore.number(s.get("freeUnits")), SessionBillingStore.number(s.get("paidUnits")),
                SessionBillingStore.number(s.get("total")), SessionBillingStore.number(s.get("expertEarning")),
                SessionBillingStore.number(s.get("commission")), s.getString("currency"),
                settled == null ? null : settled.toInstant());
    }
}
