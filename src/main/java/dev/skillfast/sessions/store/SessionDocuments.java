package dev.skillfast.sessions.store;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.sessions.domain.EndReason;
import dev.skillfast.sessions.domain.FundedBy;
import dev.skillfast.sessions.domain.Session;
import dev.skillfast.sessions.domain.SessionState;
import dev.skillfast.sessions.domain.Tariff;

/**
 * The lifecycle's fields of a {@code sessions} document and their mapping. The same documents carry
 * billing's fields ({@code billing}, {@code billingDue}, {@code settlement}), which the billing feature's
 * store owns: nothing here reads or writes them.
 */
final class SessionDocuments {

    static final String COLLECTION = "sessions";
    /** "id:STATE", unique: every conditional transition is one index lookup (see {@link SessionStore}). */
    static final String STATE_KEY = "stateKey";
    /** The client's id while REQUESTED or ACTIVE (unique, sparse): one open session per client. */
    static final String CLIENT_OPEN = "clientOpen";
    /** The expert's id while ACTIVE (unique, sparse): one active session per expert. */
    static final String EXPERT_BUSY = "expertBusy";
    /** While REQUESTED: the answer deadline as a {@code DueKeys} key (unique, sparse), for the expiry sweep. */
    static final String EXPIRES_DUE = "expiresDue";
    /**
     * While ACTIVE, once a participant has been away: a {@code DueKeys} key at or before the earliest away
     * mark (unique, sparse), for the sweep that ends abandoned sessions. It may be earlier than the marks
     * (a participant came back): the sweep then moves it on.
     */
    static final String AWAY_DUE = "awayDue";

    private SessionDocuments() {
    }

    static String stateKey(String id, SessionState state) {
        return id + ':' + state.name();
    }

    static Document tariff(Tariff t) {
        return new Document("rate", t.rate()).append("currency", t.currency()).append("freeUnits", t.freeUnits())
                .append("commissionBasisPoints", t.commissionBasisPoints()).append("unitSeconds", t.unitSeconds());
    }

    static String awayField(boolean client) {
        return "away." + (client ? "client" : "expert");
    }

    static String readField(boolean client) {
        return "readSeq." + (client ? "client" : "expert");
    }

    static Session toSession(Document d) {
        Document read = d.get("readSeq", Document.class);
        Document away = d.get("away", Document.class);
        String reason = d.getString("endReason");
        Session.Party client = new Session.Party(d.getString("clientId"), d.getString("clientName"), null,
                read == null ? 0 : number(read.get("client")), away == null ? null : instant(away, "client"));
        Session.Party expert = new Session.Party(d.getString("expertId"), d.getString("expertName"),
                d.getString("expertAvatarVersion"), read == null ? 0 : number(read.get("expert")),
                away == null ? null : instant(away, "expert"));
        return new Session(d.getString("_id"), client, expert, Channel.valueOf(d.getString("channel")),
                SessionState.valueOf(d.getString("state")), instant(d, "requestedAt"), instant(d, "expiresAt"),
                instant(d, "startedAt"), instant(d, "endedAt"), reason == null ? null : EndReason.valueOf(reason),
                toTariff(d.get("tariff", Document.class)), toFundedBy(d.get("fundedBy", Document.class)),
                d.getString("endNote"));
    }

    static Document fundedBy(FundedBy f) {
        Document d = new Document("type", f.type().name());
        if (f.code() != null) {
            d.append("code", f.code());
        }
        if (f.limit() != null) {
            d.append("limit", f.limit());
        }
        return d;
    }

    /** Sessions written before cost centres existed have no {@code fundedBy}: their client's wallet paid. */
    private static FundedBy toFundedBy(Document f) {
        if (f == null) {
            return FundedBy.WALLET;
        }
        Object limit = f.get("limit");
        return new FundedBy(FundedBy.Type.valueOf(f.getString("type")), f.getString("code"),
                limit instanceof Number n ? n.longValue() : null);
    }

    private static Tariff toTariff(Document t) {
        return t == null ? null : new Tariff(number(t.get("rate")), t.getString("currency"), (int) number(t.get("freeUnits")),
                (int) number(t.get("commissionBasisPoints")), (int) number(t.get("unitSeconds")));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
