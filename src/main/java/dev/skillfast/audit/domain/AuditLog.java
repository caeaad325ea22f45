package dev.skillfast.audit.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.audit.store.AuditStore;

/** Reading the audit log: pages, exports and the walk of its hash chain. Nothing here changes a record. */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditStore store;

    @Inject
    Clock clock;

    public AuditLog() {
    }

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<AuditRecord> find(AuditFilter filter, int page, int size) {
        return store.find(filter, page, size);
    }

    public long count(AuditFilter filter) {
        return store.count(filter);
    }

    public void each(AuditFilter filter, Consumer<AuditRecord> each) {
        store.each(filter, each);
    }

    /** Walks the chain from record 1 and reports the first record that does not hold. */
    public ChainCheck verify() {
        Walk walk = new Walk();
        store.eachInOrder(walk);
        return new ChainCheck(walk.firstBreak == null, walk.read, walk.lastSeq, walk.lastHash, walk.firstBreak,
                clock.instant());
    }

    /** The walk's state: the next seq expected and the hash the next record must name as its previous one. */
    private static final class Walk implements Consumer<AuditRecord> {
        long read;
        long expected = 1;
        Long lastSeq;
        String lastHash;
        ChainCheck.Break firstBreak;

        @Override
        public void accept(AuditRecord r) {
            read++;
            if (firstBreak == null) {
                firstBreak = check(r);
            }
            expected = r.seq() + 1;
            lastSeq = r.seq();
            lastHash = r.hash();
        }

        private ChainCheck.Break check(AuditRecord r) {
            if (r.seq() != expected) {
                return new ChainCheck.Break(expected, "missing", "Record " + expected + " is missing: the log goes from "
                        + (expected - 1) + " to " + r.seq() + ".");
            }
            if (!Objects.equals(r.previousHash(), lastHash)) {
                return new ChainCheck.Break(r.seq(), "unlinked", "Record " + r.seq()
                        + " does not name the hash of the record before it.");
            }
            if (!AuditChain.hash(r).equals(r.hash())) {
                return new ChainCheck.Break(r.seq(), "altered", "Record " + r.seq()
                        + " was changed after it was written: its contents no longer match its hash.");
            }
            return null;
        }
    }
}
