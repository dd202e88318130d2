package hallq.controller.service;

import hallq.controller.core.Change;
import hallq.controller.core.HallState;
import hallq.controller.core.IssueCommand;
import hallq.controller.core.LedgerEntry;
import hallq.controller.core.Notice;
import hallq.controller.core.Outcome;
import hallq.controller.core.PolicyBook;
import hallq.controller.core.QueueCore;
import hallq.controller.core.Quotas;
import hallq.controller.core.Rating;
import hallq.controller.core.Ticket;
import hallq.controller.core.WaitPredictor;
import hallq.controller.core.Window;
import hallq.controller.core.WindowCommand;
import hallq.controller.core.WindowPolicy;
import hallq.controller.core.WorkOrder;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.PolicyConfig;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.rest.AppointmentView;
import hallq.protocol.rest.BookingRequest;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.QuotaOverride;
import hallq.protocol.rest.RatingView;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.SlotView;
import hallq.protocol.rest.TicketView;
import hallq.protocol.rest.WindowActionResult;
import hallq.protocol.rest.WindowView;
import hallq.protocol.rest.WorkOrderAction;
import hallq.protocol.rest.WorkOrderView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's one writer. Commands queue up for a single writer thread, which plans each with
 * the core, stages it in SQLite and applies it, then commits the whole batch at once (group
 * commit: one fsync for many commands). Only after the commit are callers answered and listeners
 * told. If the commit fails, the batch is rolled back, memory is reloaded from the store, and every
 * command of the batch fails with nothing changed. Reads see committed state only.
 */
public final class QueueService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueService.class);
    private static final int MAX_BATCH = 256;
    private final HallConfig config;
    private final QueueStore store;
    private final InstantSource clock;
    private final boolean enforceHours;
    private final PersonKeys personKeys;
    private final Publication publication = new Publication();
    private final Deque<Alert> notices = new ArrayDeque<>();
    private final DeviceRegistry devices;
    private final Map<String, Quotas.Demand> demand = new HashMap<>();
    private LocalDate demandDay;
    private final SecureRandom random = new SecureRandom();
    private final BlockingQueue<Job<?, ?>> jobs = new LinkedBlockingQueue<>();
    private final Thread writer;
    private QueueCore core;
    private WaitPredictor predictor;
    private WindowPolicy policy;
    private Views views;
    private volatile boolean running = true;
    private Instant lastNow;
    private boolean clockBehind;

    private QueueService(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours,
                         PersonKeys personKeys) throws StoreException {
        this.config = config;
        this.personKeys = personKeys;
        this.devices = new DeviceRegistry(config, this::notice);
        publication.add(new HallListener() {
            @Override
            public void changed(List<CallEvent> calls, List<WindowView> windows) {
            }

            @Override
            public void alerts(List<Alert> alerts) {
                alerts.stream().filter(a -> !a.kind().startsWith("POLICY_")).forEach(QueueService.this::remember);
            }
        });
        this.store = store;
        this.clock = clock;
        this.enforceHours = enforceHours;
        load();
        this.writer = new Thread(this::writeLoop, "queue-writer");
        writer.setDaemon(true);
    }

    /** Resumes the hall from the store: windows, the day's tickets and numbering, then rolls over if needed. */
    public static QueueService open(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours)
            throws StoreException {
        return open(config, store, clock, enforceHours, PersonKeys.ephemeral());
    }

    /** As above, with the hall's key for hashing ID numbers (per-person caps across restarts). */
    public static QueueService open(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours,
                                    PersonKeys personKeys) throws StoreException {
        QueueService service = new QueueService(config, store, clock, enforceHours, personKeys);
        service.writer.start();
        service.tick();
        return service;
    }

    private void load() throws StoreException {
        Instant stored = store.latestInstant();
        if (stored != null && (lastNow == null || stored.isAfter(lastNow))) {
            lastNow = stored;
        }
        Instant now = hallNow();
        List<Window> persisted = store.loadWindows();
        HallState state = QueueCore.freshState(config, persisted, enforceHours, now);
        state.restore(store.loadTickets(state.businessDate()), store.maxTicketId());
        state.restoreDecisions(store.loadDecisions());
        List<LedgerEntry> ledger = new ArrayList<>(store.ratings(state.businessDate()));
        ledger.addAll(store.appointmentsFrom(state.businessDate()));
        ledger.addAll(store.workOrdersToHold(now.minus(Duration.ofDays(31))));
        ledger.addAll(store.notices(state.businessDate()));
        state.ledger().restore(ledger, store.maxRatingId(), store.maxAppointmentId(), store.maxWorkOrderId(),
                store.maxNoticeId());
        demand.clear();
        core = new QueueCore(state);
        PolicyConfig live = store.loadPolicy();
        if (live != null && core.changePolicy(live) instanceof Outcome.Accepted<PolicyConfig> a) {
            core.apply(a.change());
        }
        predictor = new WaitPredictor(core);
        policy = new WindowPolicy(core, predictor);
        views = new Views(state, predictor);
        publication.restoreCalls(state, views);
        List<Window> missing = state.windows().stream()
                .filter(w -> persisted.stream().noneMatch(p -> p.number() == w.number())).toList();
        store.save(new Change(List.of(), missing, List.of(), List.of(), List.of(), null));
    }

    public void addListener(HallListener listener) {
        publication.add(listener);
    }

    public HallConfig config() {
        return config;
    }

    public InstantSource clock() {
        return clock;
    }

    public TicketView issue(IssueTicketRequest r, String actor) {
        if (r.channel() == Channel.APPOINTMENT || r.priority() == Priority.APPOINTMENT) {
            throw new Rejection(Outcome.Reason.INVALID, "appointments check in at POST /api/v1/appointments/check-in");
        }
        String token = newToken();
        String personKey = personKeys.keyOf(r.idNumber());
        return submit(now -> usedEarlier(r.clientRequestId()) instanceof Outcome.Rejected<Ticket> earlier ? earlier
                : core.issue(new IssueCommand(r.serviceId(), r.channel(), r.priority(), r.clientRequestId(), personKey,
                token, actor), now), t -> views.ticket(t, core.peopleAhead(t), null));
    }

    public WindowActionResult act(WindowCommand command) {
        return submit(now -> core.execute(command, now), t -> new WindowActionResult(
                views.window(core.state().window(command.window())),
                t == null ? null : views.ticket(t, core.peopleAhead(t), null)));
    }

    /** The kiosk could not print this ticket: void it so it is never called. */
    public TicketView voidTicket(String token, String actor, String reason) {
        return submit(now -> core.voidTicket(token, now, actor, reason), t -> views.ticket(t, 0, null));
    }

    /** A 好差评 rating from the citizen's page (the ticket's token). */
    public RatingView rate(String token, int score, String comment) {
        return submit(now -> core.rateByToken(token, score, comment, now), views::rating);
    }

    /** A rating from a window's evaluator: the ticket it names, or (null) the window's last citizen. */
    public RatingView rateAtWindow(int window, String ticketNumber, int score, String comment) {
        return submit(now -> core.rateAtWindow(window, ticketNumber, score, comment, now), views::rating);
    }

    /** Ratings of a business day (null: today), oldest first, from the store: any day. */
    public List<RatingView> ratings(LocalDate day) {
        try {
            List<Rating> stored = store.ratings(day != null ? day : businessDate());
            synchronized (this) {
                return stored.stream().map(views::rating).toList();
            }
        } catch (StoreException e) {
            throw new StorageFailure("could not read the ratings", e);
        }
    }

    /** Supervision notices of a business day (null: today), oldest first. */
    public List<Alert> notices(LocalDate day) {
        try {
            List<Notice> stored = store.notices(day != null ? day : businessDate());
            synchronized (this) {
                return stored.stream().map(views::alert).toList();
            }
        } catch (StoreException e) {
            throw new StorageFailure("could not read the supervision notices", e);
        }
    }

    /** Work orders dispatched between two dates (inclusive), oldest first; open ones as held now. */
    public List<WorkOrderView> workOrders(LocalDate from, LocalDate to) {
        try {
            List<WorkOrder> stored = store.workOrders(from, to);
            synchronized (this) {
                return stored.stream().map(views::workOrder).toList();
            }
        } catch (StoreException e) {
            throw new StorageFailure("could not read the work orders", e);
        }
    }

    public synchronized WorkOrderView workOrder(long id) {
        var w = core.state().ledger().workOrder(id);
        if (w == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no open or recent work order " + id);
        }
        return views.workOrder(w);
    }

    /** A step on a work order: accept, return, redispatch, extend, finish. */
    public WorkOrderView workOrderAction(long id, String action, WorkOrderAction body, String actor) {
        return submit(now -> core.workOrder(id, action, body.text(), body.days(), actor, now), views::workOrder);
    }

    /** The bookable slots of a service on a day, with quotas and bookings. */
    public synchronized List<SlotView> slots(String serviceId, LocalDate date) {
        Outcome<List<QueueCore.Slot>> o = core.slots(serviceId, date, demandOf(serviceId));
        return value(o).stream().map(x -> new SlotView(x.start(), x.end(), x.quota(), x.booked(),
                Math.max(0, x.quota() - x.booked()), x.proposed(), x.override())).toList();
    }

    /** Books a slot; the ID number is kept only as its keyed hash. */
    public AppointmentView book(BookingRequest r) {
        String personKey = personKeys.keyOf(r.idNumber());
        String code = newCode();
        String token = newToken();
        Quotas.Demand d;
        synchronized (this) {
            d = demandOf(r.serviceId());
        }
        return submit(now -> core.book(r.serviceId(), r.date(), r.slot(), personKey, r.phone(), code, token, d, now),
                views::appointment);
    }

    public synchronized AppointmentView appointment(String token) {
        var a = core.state().ledger().appointmentByToken(token);
        if (a == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no such appointment");
        }
        return views.appointment(a);
    }

    public AppointmentView cancelAppointment(String token) {
        return submit(now -> core.cancelAppointment(token, now), views::appointment);
    }

    /** Check-in at a kiosk: by code or ID card, a ticket with the appointment's priority. */
    public TicketView checkIn(CheckInRequest r, String actor) {
        String personKey = personKeys.keyOf(r.idNumber());
        String token = newToken();
        return submit(now -> usedEarlier(r.clientRequestId()) instanceof Outcome.Rejected<Ticket> earlier ? earlier
                : core.checkIn(r.code(), personKey, r.clientRequestId(), token, actor, now),
                t -> views.ticket(t, core.peopleAhead(t), null));
    }

    /** A manager's quota for one slot (null: back to the proposal); answers the day's slots. */
    public List<SlotView> setQuota(QuotaOverride q, String actor) {
        submit(now -> core.setQuota(q.serviceId(), q.date(), q.slot(), q.quota(), actor, now), x -> x);
        return slots(q.serviceId(), q.date());
    }

    /**
     * A clientRequestId of an earlier business day cannot name a ticket today (ids are unique across
     * days): refused as a conflict instead of failing in the store. Null when the id is new or today's.
     */
    private Outcome<Ticket> usedEarlier(String clientRequestId) {
        if (clientRequestId == null) {
            return null;
        }
        try {
            LocalDate day = store.dayOfRequest(clientRequestId);
            return day == null || day.equals(core.state().businessDate()) ? null
                    : Outcome.rejected(Outcome.Reason.CONFLICT, "clientRequestId " + clientRequestId + " was used on "
                    + day + "; send a fresh one for a new ticket");
        } catch (StoreException e) {
            throw new StorageFailure("could not check the clientRequestId", e);
        }
    }

    /** Recent appointment demand of a service (last 28 days), refreshed once a business day. */
    private Quotas.Demand demandOf(String serviceId) {
        LocalDate today = core.state().businessDate();
        if (!today.equals(demandDay)) {
            demand.clear();
            demandDay = today;
        }
        return demand.computeIfAbsent(serviceId, id -> {
            try {
                return store.appointmentDemand(id, today.minusDays(28), today);
            } catch (StoreException e) {
                LOG.warn("appointment history of {} cannot be read; quotas from capacity only: {}", id, e.getMessage());
                return Quotas.Demand.NONE;
            }
        });
    }

    private static <T> T value(Outcome<T> o) {
        if (o instanceof Outcome.Rejected<T> r) {
            throw new Rejection(r.reason(), r.message());
        }
        return ((Outcome.Accepted<T>) o).value();
    }

    private String newCode() {
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /**
     * Runs the day rollover on time even when nobody acts, and the window-opening policy; called by
     * the controller's ticker.
     */
    public void tick() {
        submit(now -> Outcome.accepted(null, policy.plan(now)), t -> null);
        submit(now -> Outcome.accepted(null, core.expireAppointments(now)), t -> null);
        submit(now -> Outcome.accepted(null, core.overdueWorkOrders(now)), t -> null);
        submit(now -> Outcome.accepted(null, core.supervise(now, predictor::serviceMinutes)), t -> null);
        devices.sweep(clock.instant());
    }

    /** A manager confirms a proposal of the window-opening policy (approval mode). */
    public PolicyView approve(long proposal, String actor) {
        return submit(now -> core.approveProposal(proposal, actor, now), d -> policyView());
    }

    public PolicyView reject(long proposal, String actor) {
        return submit(now -> core.rejectProposal(proposal, actor, now), d -> policyView());
    }

    /** New mode and thresholds, effective at once and kept across restarts. */
    public PolicyView changePolicy(PolicyConfig wanted) {
        return submit(now -> core.changePolicy(wanted), p -> policyView());
    }

    public synchronized LocalDate businessDate() {
        return core.state().businessDate();
    }

    public synchronized PolicyView policyView() {
        PolicyBook book = core.state().policyBook();
        return new PolicyView(core.state().policy(), book.pending().stream().map(views::decision).toList());
    }

    /** The latest alerts (policy decisions, devices), newest first. */
    public synchronized List<Alert> alerts(int max) {
        List<Alert> all = new ArrayList<>(core.state().policyBook().recent(max).stream().map(views::alert).toList());
        all.addAll(notices);
        all.sort(Comparator.comparing(Alert::at).reversed());
        return all.subList(0, Math.min(max, all.size()));
    }

    /** An alert that is not a stored change (a device went offline): kept in memory, told to listeners. */
    public synchronized void notice(Alert alert) {
        remember(alert);
        publication.alert(alert);
    }

    /** Keeps an alert (other than the policy's, which its book keeps) for {@link #alerts}. */
    private synchronized void remember(Alert alert) {
        notices.addFirst(alert);
        if (notices.size() > 200) {
            notices.removeLast();
        }
    }

    /** Devices as last heard of (status topics), for dashboards. */
    public DeviceRegistry devices() {
        return devices;
    }

    private <T, R> R submit(Function<Instant, Outcome<T>> plan, Function<T, R> present) {
        Job<T, R> job = new Job<>(plan, present);
        if (!running) {
            throw new StorageFailure("the controller is stopping", null);
        }
        jobs.add(job);
        return job.await();
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
        staged.forEach(c -> publication.changed(c, views));
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

    private <T, R> void plan(Job<T, R> job, List<Change> staged) throws StoreException {
        Instant now = hallNow();
        stage(core.rollover(now), staged);
        Outcome<T> outcome = job.plan.apply(now);
        if (outcome instanceof Outcome.Rejected<T> r) {
            job.failLater(new Rejection(r.reason(), r.message()));
            return;
        }
        Outcome.Accepted<T> a = (Outcome.Accepted<T>) outcome;
        stage(a.change(), staged);
        job.succeedLater(a.value());
    }

    private void stage(Change change, List<Change> staged) throws StoreException {
        if (change.isEmpty()) {
            return;
        }
        store.stage(change);
        core.apply(change);
        predictor.learn(change);
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

    public synchronized TicketView ticket(String token, boolean withEvents) {
        Ticket t = core.state().ticketByToken(token);
        if (t == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no such ticket today");
        }
        try {
            return views.ticket(t, core.peopleAhead(t), withEvents ? store.events(t.id()) : null);
        } catch (StoreException e) {
            throw new StorageFailure("could not read the ticket's history", e);
        }
    }

    /** The next tickets window {@code window} would call, in order: a clerk console's "next in line". */
    public synchronized List<TicketView> upcoming(int window, int max) {
        if (core.state().window(window) == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no window " + window);
        }
        return core.upcoming(window, clock.instant(), max).stream()
                .map(t -> views.ticket(t, core.peopleAhead(t), null)).toList();
    }

    public synchronized TicketView ticketByNumber(String number) {
        Ticket t = core.state().ticketByNumber(number);
        if (t == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no ticket " + number + " today");
        }
        return ticket(t.token(), true);
    }

    public synchronized List<ServiceView> services() {
        Instant now = clock.instant();
        return core.state().services().stream().map(s -> views.service(s, now)).toList();
    }

    public synchronized ServiceView service(String id) {
        var s = core.state().service(id);
        if (s == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "unknown service '" + id + "'");
        }
        return views.service(s, clock.instant());
    }

    public synchronized List<WindowView> windows() {
        return core.state().windows().stream().map(views::window).toList();
    }

    public synchronized WindowView window(int number) {
        Window w = core.state().window(number);
        if (w == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no window " + number);
        }
        return views.window(w);
    }

    public synchronized HallSnapshot snapshot() {
        return new HallSnapshot(config.hall().id(), config.hall().name(), config.hall().hotline(),
                core.state().businessDate(), windows(), services(), publication.recentCalls());
    }

    private String newToken() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        running = false;
        writer.interrupt();
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
