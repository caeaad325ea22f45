package dev.skillfast.billing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.skillfast.billing.store.SessionBillingStore;
import dev.skillfast.platform.timers.TimerRuns;

/**
 * Carries out a {@link SweepPlan}: one-unit charges in batches of {@value #BATCH} (a handful of writes
 * per batch instead of several per unit), "both seen" refreshes in batches beside them, next looks in one
 * write, backlogs and settlements one session at a time. The pieces run in {@value #LANES} lanes on the
 * container's managed executor: sessions are independent (each has its own wallet and earnings account,
 * the platform's account takes plain increments), so the database works on one lane's writes while
 * another prepares its own. A piece that fails is logged and counted; the next sweep takes it up again.
 */
@ApplicationScoped
public class SweepRunner {

    static final String TIMER = "billing-sweep";
    private static final int LANES = 4;
    /** Sessions charged in one batch (one insert, one debit write, one credit write, one status write, one session write). */
    static final int BATCH = 250;

    @Inject
    UnitCharges charges;

    @Inject
    Settlements settlements;

    @Inject
    SessionBillingStore store;

    @Inject
    TimerRuns runs;

    /** The container's managed threads (they carry the application's context); null runs on the caller's thread. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor lanes;

    /** Runs the plan; answers how many units it charged. */
    public int run(SweepPlan plan, Instant now, Duration grace) {
        AtomicInteger charged = new AtomicInteger();
        List<Runnable> work = new ArrayList<>();
        for (List<BilledSession> batch : batches(plan.oneUnitEach())) {
            work.add(() -> charged.addAndGet(charges.chargeOneUnitEach(batch, now, grace)));
        }
        for (List<String> batch : batches(List.copyOf(plan.seen().keySet()))) {
            Map<String, Instant> looks = new LinkedHashMap<>();
            batch.forEach(id -> looks.put(id, plan.seen().get(id)));
            work.add(() -> store.recordSeen(looks, now));
        }
        if (!plan.later().isEmpty() || !plan.drop().isEmpty()) {
            work.add(() -> {
                store.schedule(plan.later());
                store.unschedule(plan.drop());
            });
        }
        plan.unitByUnit().forEach(s -> work.add(() -> charged.addAndGet(charges.chargeDue(s))));
        plan.settle().forEach(s -> work.add(() -> settlements.settle(s)));
        inLanes(work);
        return charged.get();
    }

    private void inLanes(List<Runnable> work) {
        Executor executor = lanes == null ? Runnable::run : lanes;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            List<Runnable> share = new ArrayList<>();
            for (int i = lane; i < work.size(); i += LANES) {
                share.add(work.get(i));
            }
            running.add(CompletableFuture.runAsync(() -> share.forEach(this::isolated), executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }

    /** One piece of a sweep: a failure is logged and counted, the others go on. */
    private void isolated(Runnable piece) {
        try {
            piece.run();
        } catch (RuntimeException e) {
            runs.partFailed(TIMER, e);
        }
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }
}
