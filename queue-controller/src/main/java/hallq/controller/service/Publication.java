package hallq.controller.service;

import hallq.controller.core.Call;
import hallq.controller.core.Change;
import hallq.controller.core.CitySupervision;
import hallq.controller.core.HallHandover;
import hallq.controller.core.HallState;
import hallq.controller.core.Notice;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.WorkOrder;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.EvaluatorPrompt;
import hallq.protocol.rest.WindowView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tells listeners of each durable change, in order, and keeps the day's latest calls for snapshots. */
final class Publication {
    private static final int RECENT_CALLS = 10;
    private final List<HallListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CallEvent> recentCalls = new ArrayList<>();

    void add(HallListener listener) {
        listeners.add(listener);
    }

    /** Called under the service lock, after the change is durable. */
    void changed(Change change, Views views) {
        if (change.beginsDay() != null) {
            recentCalls.clear();
        }
        List<CallEvent> calls = change.calls().stream().map(views::call).toList();
        for (CallEvent c : calls) {
            recentCalls.add(0, c);
            if (recentCalls.size() > RECENT_CALLS) {
                recentCalls.remove(RECENT_CALLS);
            }
        }
        SortedSet<Integer> touched = new TreeSet<>();
        change.windows().forEach(w -> touched.add(w.number()));
        change.tickets().stream().map(t -> t.window()).filter(Objects::nonNull).forEach(touched::add);
        List<WindowView> windows = touched.stream().map(views::window).filter(Objects::nonNull).toList();
        listeners.forEach(l -> l.changed(calls, windows));
        List<EvaluatorPrompt> prompts = change.ticketEvents().stream()
                .filter(e -> e.type() == TicketEvent.Type.COMPLETED && e.window() != null)
                .map(views::prompt).filter(Objects::nonNull).toList();
        if (!prompts.isEmpty()) {
            listeners.forEach(l -> l.served(prompts));
        }
        List<HallListener.Issued> issued = change.ticketEvents().stream()
                .filter(e -> e.type() == TicketEvent.Type.ISSUED).map(views::issued).filter(Objects::nonNull).toList();
        if (!issued.isEmpty()) {
            listeners.forEach(l -> l.issued(issued));
        }
        List<Alert> alerts = new ArrayList<>(change.decisions().stream().map(views::alert).toList());
        change.ledger().stream().filter(e -> e instanceof WorkOrder).map(e -> views.alert((WorkOrder) e))
                .filter(Objects::nonNull).forEach(alerts::add);
        Map<String, List<Notice>> overTarget = new TreeMap<>();
        for (var e : change.ledger()) {
            if (e instanceof Notice n && n.kind() == Notice.Kind.OVER_TARGET) {
                overTarget.computeIfAbsent(n.serviceId(), k -> new ArrayList<>()).add(n);
            } else if (e instanceof Notice n) {
                alerts.add(views.alert(n));
            } else if (e instanceof CitySupervision s && s.status() == CitySupervision.Status.RECEIVED) {
                alerts.add(views.alert(s));
            } else if (e instanceof HallHandover h && views.alert(h) != null) {
                alerts.add(views.alert(h));
            }
        }
        overTarget.forEach((service, ns) -> alerts.add(views.overTarget(service, ns)));
        if (!alerts.isEmpty()) {
            listeners.forEach(l -> l.alerts(alerts));
        }
    }

    void alert(Alert alert) {
        listeners.forEach(l -> l.alerts(List.of(alert)));
    }

    /**
     * After a start: the day's latest calls rebuilt from the stored tickets (each ticket's latest call
     * and its window), so the hall screen's list is not empty after a controller restart.
     */
    void restoreCalls(HallState state, Views views) {
        recentCalls.clear();
        state.tickets().stream()
                .filter(t -> t.businessDate().equals(state.businessDate()) && t.calledAt() != null && t.window() != null
                        && state.window(t.window()) != null)
                .sorted(Comparator.comparing(Ticket::calledAt).reversed()
                        .thenComparing(Ticket::id, Comparator.reverseOrder()))
                .limit(RECENT_CALLS)
                .map(t -> views.call(new Call(t, state.window(t.window()), t.callCount() > 1)))
                .forEach(recentCalls::add);
    }

    List<CallEvent> recentCalls() {
        return List.copyOf(recentCalls);
    }
}
