package hallq.controller.service;

import hallq.controller.core.Change;
import hallq.controller.core.HallState;
import hallq.controller.core.LedgerEntry;
import hallq.controller.core.NumberingResume;
import hallq.controller.core.Outcome;
import hallq.controller.core.QueueCore;
import hallq.controller.core.WaitPredictor;
import hallq.controller.core.Window;
import hallq.controller.core.WindowPolicy;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.PolicyConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's one writer. Commands queue up for a single writer thread, which plans each with
 * the core at hall time, stages it in the store and applies it in memory, then commits the whole
 * batch at once (group commit: one fsync for many commands). Only after the commit are callers
 * answered and listeners told. If the commit fails, the batch is rolled back, memory is reloaded
 * from the store, and every command of the batch fails with nothing changed. Reads see committed
 * state only: they take the same lock as a batch.
 *
 * <p>The feature classes ({@link Tickets}, {@link Windows}, {@link Appointments}, …) say what to
 * plan; this class alone decides when, and makes it durable.
 */
final class HallWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HallWriter.class);
    private static final int MAX_BATCH = 256;
    private final HallConfig config;
    private final QueueStore store;
    private final InstantSource clock;
    private final boolean enforceHours;
    private final Publication publication;
    private final BlockingQueue<Job<?, ?>> jobs = new LinkedBlockingQueue<>();
    private final Thread thread;
    private HallModel hall;
    private volatile boolean running = true;
    private Instant lastNow;
    private boolean clockBehind;

    /** Resumes the hall from the store; {@link #start} starts taking commands. */
    HallWriter(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours,
               Publication publication) throws StoreException {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.enforceHours = enforceHours;
        this.publication = publication;
        load();
        this.thread = new Thread(this::writeLoop, "queue-writer");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    InstantSource clock() {
        return clock;
    }

    /** Plans {@code plan} on the writer thread and answers once it is durable (or throws why not). */
    <T, R> R submit(Job.Plan<T> plan, Job.Present<T, R> present) {
        Job<T, R> job = new Job<>(plan, present);
        if (!running) {
            throw new StorageFailure("the controller is stopping", null);
        }
        jobs.add(job);
        return job.await();
    }

    /** How a list of records is read from the store. */
    @FunctionalInterface
    interface StoreRead<E> {
        List<E> read() throws StoreException;
    }

    /**
     * Records read from the store (any day, outside the lock), then presented against committed
     * state; a failed read is a {@link StorageFailure} that says {@code what} could not be read.
     */
    <E, R> List<R> stored(StoreRead<E> read, String what, BiFunction<Views, E, R> present) {
        List<E> records;
        try {
            records = read.read();
        } catch (StoreException e) {
            throw new StorageFailure("could not read " + what, e);
        }
        return read(hall -> records.stream().map(r -> present.apply(hall.views(), r)).toList());
    }

    /** A read of committed state, never between a batch's plan and its commit. */
    synchronized <R> R read(Function<HallModel, R> read) {
        return read.apply(hall);
    }

    /** Windows, the day's tickets and numbering, the ledger and the live policy, as stored. */
    private void load() throws StoreException {
        Instant stored = store.latestInstant();
        if (stored != null && (lastNow == null || stored.isAfter(lastNow))) {
            lastNow = stored;
        }
        Instant now = hallNow();
        List<Window> persisted = store.loadWindows();
        HallState state = QueueCore.freshState(config, persisted, enforceHours, now);
        state.restore(store.loadTickets(state.businessDate()), store.maxTicketId());
        resumeNumbering(state, now);
        state.restoreDecisions(store.loadDecisions());
        List<LedgerEntry> ledger = new ArrayList<>(store.ratings(state.businessDate()));
        ledger.addAll(store.appointmentsFrom(state.businessDate()));
        ledger.addAll(store.workOrdersToHold(now.minus(Duration.ofDays(31))));
        ledger.addAll(store.notices(state.businessDate()));
        ledger.addAll(store.citySupervisionsToHold(now.minus(Duration.ofDays(31))));
        ledger.addAll(store.handoversToHold(now.minus(Duration.ofDays(31))));
        state.ledger().restore(ledger, store.maxRatingId(), store.maxAppointmentId(), store.maxWorkOrderId(),
                store.maxNoticeId());
        QueueCore core = new QueueCore(state);
        PolicyConfig live = store.loadPolicy();
        if (live != null && core.changePolicy(live) instanceof Outcome.Accepted<PolicyConfig> a) {
            core.apply(a.change());
        }
        WaitPredictor predictor = new WaitPredictor(core, store.serviceMinutes(
                state.businessDate().minusDays(WaitPredictor.HISTORY_DAYS), WaitPredictor.WINDOW));
        hall = new HallModel(core, predictor, new WindowPolicy(core, predictor), new Views(state, predictor, clock));
        publication.restoreCalls(state, hall.views());
        List<Window> missing = state.windows().stream()
                .filter(w -> persisted.stream().noneMatch(p -> p.number() == w.number())).toList();
        store.save(Change.ofWindows(missing));
    }

    /**
     * Today's numbering floors; on the first start after a restore from a backup, first stores them
     * past what may have been printed since the backup (docs/decisions.md D19).
     */
    private void resumeNumbering(HallState state, Instant now) throws StoreException {
        LocalDate today = state.calendar().businessDate(now);
        Optional<QueueStore.PendingRestore> restored = store.pendingRestore();
        if (restored.isPresent()) {
            Map<String, Integer> floors = NumberingResume.floors(state, restored.get().backupAt(),
                    store.peakTicketsPerHour(), now);
            store.resumeNumbering(restored.get().id(), today, floors, now);
            LOG.warn("first start after a restore from a backup of {}: today's ({}) numbers resume past {}",
                    restored.get().backupAt(), today, floors);
        }
        state.restoreFloors(today, store.numberingFloors(today));
    }

    private void writeLoop() {
        List<Job<?, ?>> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(jobs.take());
                jobs.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("queue writer failed on a batch", e);
                batch.forEach(j -> j.fail(new StorageFailure("internal error; nothing was changed", e)));
            }
            batch.clear();
        }
        jobs.forEach(j -> j.fail(new StorageFailure("the controller is stopping", null)));
    }

    private synchronized void runBatch(List<Job<?, ?>> batch) {
        List<Change> staged = new ArrayList<>();
        try {
            for (Job<?, ?> job : batch) {
                plan(job, staged);
            }
            if (!staged.isEmpty()) {
                store.commit();
            }
        } catch (StoreException | RuntimeException e) {
            store.rollback();
            LOG.error("could not store a batch of {} commands; reloading from the store", batch.size(), e);
            reloadAfterFailure();
            batch.forEach(j -> j.fail(new StorageFailure("the change could not be stored, nothing was changed: "
                    + e.getMessage(), e)));
            return;
        }
        batch.forEach(Job::finish);
        staged.forEach(c -> publication.changed(c, hall.views()));
    }

    /**
     * Hall time, which never runs backwards: after the clock jumps back (a correction, a machine that
     * comes back with a wrong clock) the latest instant already planned or stored stands until the
     * clock passes it again, so no citizen jumps the line, the business day does not go back, and
     * no number is issued twice. Called with the lock held.
     */
    private Instant hallNow() {
        Instant now = clock.instant();
        if (lastNow != null && now.isBefore(lastNow)) {
            if (!clockBehind) {
                LOG.warn("the clock went back from {} to {}: hall time stays at {} until the clock passes it",
                        lastNow, now, lastNow);
                clockBehind = true;
            }
            return lastNow;
        }
        clockBehind = false;
        lastNow = now;
        return now;
    }

    /** The day's rollover first (if due), then the command; both staged, neither committed yet. */
    private <T, R> void plan(Job<T, R> job, List<Change> staged) throws StoreException {
        Instant now = hallNow();
        stage(hall.core().rollover(now), staged);
        Outcome<T> outcome = job.plan.plan(hall, now);
        if (outcome instanceof Outcome.Rejected<T> r) {
            job.failLater(new Rejection(r.reason(), r.message()));
            return;
        }
        Outcome.Accepted<T> a = (Outcome.Accepted<T>) outcome;
        stage(a.change(), staged);
        job.succeedLater(hall, a.value());
    }

    private void stage(Change change, List<Change> staged) throws StoreException {
        if (change.isEmpty()) {
            return;
        }
        store.stage(change);
        hall.core().apply(change);
        hall.predictor().learn(change);
        staged.add(change);
    }

    private void reloadAfterFailure() {
        try {
            load();
        } catch (StoreException e) {
            LOG.error("reloading from the store failed too; the controller must be restarted", e);
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
