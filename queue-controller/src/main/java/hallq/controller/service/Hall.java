package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.controller.core.QueueCore;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The read side of the hall as a whole: services with their queues and predicted waits, the
 * snapshot boards and dashboards show, the business day, and the alerts managers see.
 */
public final class Hall {
    private static final int KEPT_ALERTS = 200;
    private final HallConfig config;
    private final HallWriter writer;
    private final QueueStore store;
    private final Publication publication;
    private final Deque<Alert> notices = new ArrayDeque<>();

    Hall(HallConfig config, HallWriter writer, QueueStore store, Publication publication) {
        this.config = config;
        this.writer = writer;
        this.store = store;
        this.publication = publication;
        publication.add(new HallListener() {
            @Override
            public void changed(List<CallEvent> calls, List<WindowView> windows) {
            }

            @Override
            public void alerts(List<Alert> alerts) {
                alerts.stream().filter(a -> !a.kind().startsWith("POLICY_")).forEach(Hall.this::remember);
            }
        });
    }

    public List<ServiceView> services() {
        return writer.read(this::services);
    }

    private List<ServiceView> services(HallModel hall) {
        Instant now = writer.clock().instant();
        return hall.core().state().services().stream().map(s -> hall.views().service(s, now)).toList();
    }

    public ServiceView service(String id) {
        return writer.read(hall -> {
            var s = hall.core().state().service(id);
            if (s == null) {
                throw new Rejection(Outcome.Reason.NOT_FOUND, "unknown service '" + id + "'");
            }
            return hall.views().service(s, writer.clock().instant());
        });
    }

    /** The whole hall as boards and dashboards show it: windows, queues, the day's latest calls. */
    public HallSnapshot snapshot() {
        return writer.read(hall -> new HallSnapshot(config.hall().id(), config.hall().name(), config.hall().hotline(),
                hall.core().state().businessDate(), Windows.list(hall), services(hall), publication.recentCalls()));
    }

    /** Idle windows while citizens wait and citizens waiting past target, now (for the city). */
    public QueueCore.Pressure pressure() {
        return writer.read(hall -> hall.core().pressure(writer.clock().instant()));
    }

    public LocalDate businessDate() {
        return writer.read(hall -> hall.core().state().businessDate());
    }

    /** The latest alerts (policy decisions, devices, supervision), newest first. */
    public List<Alert> alerts(int max) {
        return writer.read(hall -> {
            List<Alert> all = new ArrayList<>(hall.core().state().policyBook().recent(max).stream()
                    .map(hall.views()::alert).toList());
            synchronized (notices) {
                all.addAll(notices);
            }
            all.sort(Comparator.comparing(Alert::at).reversed());
            return all.subList(0, Math.min(max, all.size()));
        });
    }

    /** Supervision notices of a business day (null: today), oldest first. */
    public List<Alert> notices(LocalDate day) {
        LocalDate date = day != null ? day : businessDate();
        return writer.stored(() -> store.notices(date), "the supervision notices", Views::alert);
    }

    /** An alert that is not a stored change (a device went offline): kept in memory, told to listeners. */
    public void notice(Alert alert) {
        writer.read(hall -> {
            remember(alert);
            publication.alert(alert);
            return null;
        });
    }

    /** Keeps an alert (other than the policy's, which its book keeps) for {@link #alerts}. */
    private void remember(Alert alert) {
        synchronized (notices) {
            notices.addFirst(alert);
            if (notices.size() > KEPT_ALERTS) {
                notices.removeLast();
            }
        }
    }
}
