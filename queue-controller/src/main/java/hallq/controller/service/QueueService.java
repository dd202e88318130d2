package hallq.controller.service;

import hallq.controller.adapter.sqlite.SqliteStore;
import hallq.controller.core.Change;
import hallq.controller.core.HallState;
import hallq.controller.core.IssueCommand;
import hallq.controller.core.Outcome;
import hallq.controller.core.QueueCore;
import hallq.controller.core.Ticket;
import hallq.controller.core.WaitPredictor;
import hallq.controller.core.Window;
import hallq.controller.core.WindowCommand;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import hallq.protocol.rest.WindowActionResult;
import hallq.protocol.rest.WindowView;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The controller's one writer: each command is planned by the core, stored in SQLite, applied, and
 * only then acknowledged and published. Commands run one at a time, so two windows can never
 * take the same ticket.
 */
public final class QueueService {
    private static final int RECENT_CALLS = 10;
    private final HallConfig config;
    private final QueueCore core;
    private final WaitPredictor predictor;
    private final SqliteStore store;
    private final InstantSource clock;
    private final Views views;
    private final SecureRandom random = new SecureRandom();
    private final List<HallListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CallEvent> recentCalls = new ArrayList<>();

    private QueueService(HallConfig config, QueueCore core, SqliteStore store, InstantSource clock) {
        this.config = config;
        this.core = core;
        this.predictor = new WaitPredictor(core);
        this.store = store;
        this.clock = clock;
        this.views = new Views(core.state(), predictor);
    }

    /** Resumes the hall from the store: windows, the day's tickets and numbering, then rolls over if needed. */
    public static QueueService open(HallConfig config, SqliteStore store, InstantSource clock, boolean enforceHours)
            throws SQLException {
        Instant now = clock.instant();
        List<Window> persisted = store.loadWindows();
        HallState state = QueueCore.freshState(config, persisted, enforceHours, now);
        state.restore(store.loadTickets(state.businessDate()), store.maxTicketId());
        QueueService service = new QueueService(config, new QueueCore(state), store, clock);
        List<Window> missing = state.windows().stream()
                .filter(w -> persisted.stream().noneMatch(p -> p.number() == w.number())).toList();
        store.save(new Change(List.of(), missing, List.of(), List.of(), List.of(), null));
        synchronized (service) {
            service.rollover(now);
        }
        return service;
    }

    public void addListener(HallListener listener) {
        listeners.add(listener);
    }

    public HallConfig config() {
        return config;
    }

    public InstantSource clock() {
        return clock;
    }

    public synchronized TicketView issue(IssueTicketRequest r, String actor) {
        Instant now = prepare();
        Ticket t = commit(core.issue(new IssueCommand(r.serviceId(), r.channel(), r.priority(), r.clientRequestId(),
                r.personKey(), newToken(), actor), now));
        return views.ticket(t, core.peopleAhead(t), null);
    }

    public synchronized WindowActionResult act(WindowCommand command) {
        Ticket t = commit(core.execute(command, prepare()));
        Window w = core.state().window(command.window());
        return new WindowActionResult(views.window(w), t == null ? null : views.ticket(t, core.peopleAhead(t), null));
    }

    /** The kiosk could not print this ticket: void it so it is never called. */
    public synchronized TicketView voidTicket(String token, String actor, String reason) {
        Ticket t = commit(core.voidTicket(token, prepare(), actor, reason));
        return views.ticket(t, 0, null);
    }

    /** Runs the day rollover on time even when nobody acts; called by the controller's ticker. */
    public synchronized void tick() {
        prepare();
    }

    public synchronized TicketView ticket(String token, boolean withEvents) {
        Ticket t = core.state().ticketByToken(token);
        if (t == null) {
            throw new Rejection(Outcome.Reason.NOT_FOUND, "no such ticket today");
        }
        try {
            return views.ticket(t, core.peopleAhead(t), withEvents ? store.events(t.id()) : null);
        } catch (SQLException e) {
            throw new StorageFailure("could not read the ticket's history", e);
        }
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
                core.state().businessDate(), windows(), services(), List.copyOf(recentCalls));
    }

    private Instant prepare() {
        Instant now = clock.instant();
        rollover(now);
        return now;
    }

    private void rollover(Instant now) {
        Change roll = core.rollover(now);
        if (!roll.isEmpty()) {
            store(roll);
            if (roll.beginsDay() != null) {
                recentCalls.clear();
            }
        }
    }

    private <T> T commit(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Rejected<T> r) {
            throw new Rejection(r.reason(), r.message());
        }
        Outcome.Accepted<T> a = (Outcome.Accepted<T>) outcome;
        store(a.change());
        return a.value();
    }

    private void store(Change change) {
        if (change.isEmpty()) {
            return;
        }
        try {
            store.save(change);
        } catch (SQLException e) {
            throw new StorageFailure("the change could not be stored, nothing was changed: " + e.getMessage(), e);
        }
        core.apply(change);
        predictor.learn(change);
        List<CallEvent> calls = change.calls().stream().map(views::call).toList();
        for (CallEvent c : calls) {
            recentCalls.add(0, c);
            if (recentCalls.size() > RECENT_CALLS) {
                recentCalls.remove(RECENT_CALLS);
            }
        }
        java.util.SortedSet<Integer> touched = new java.util.TreeSet<>();
        change.windows().forEach(w -> touched.add(w.number()));
        change.tickets().stream().filter(t -> t.window() != null).forEach(t -> touched.add(t.window()));
        List<WindowView> windows = touched.stream().map(n -> core.state().window(n)).filter(w -> w != null)
                .map(views::window).toList();
        listeners.forEach(l -> l.changed(calls, windows));
    }

    private String newToken() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
