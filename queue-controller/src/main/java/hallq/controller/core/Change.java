package hallq.controller.core;

import hallq.protocol.config.PolicyConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one command changes: new versions of tickets and windows, the events that record it,
 * and the calls to announce. Planned by the core without touching state, persisted, then applied.
 */
public record Change(List<Ticket> tickets, List<Window> windows, List<TicketEvent> ticketEvents,
                     List<WindowEvent> windowEvents, List<Call> calls, LocalDate beginsDay,
                     List<PolicyDecision> decisions, PolicyConfig policy, List<LedgerEntry> ledger) {
    public static final Change NONE = new Builder().build();

    public Change {
        tickets = List.copyOf(tickets);
        windows = List.copyOf(windows);
        ticketEvents = List.copyOf(ticketEvents);
        windowEvents = List.copyOf(windowEvents);
        calls = List.copyOf(calls);
        decisions = List.copyOf(decisions);
        ledger = List.copyOf(ledger);
    }

    /** New policy settings (mode and thresholds), nothing else. */
    public static Change ofPolicy(PolicyConfig policy) {
        return new Builder().policy(policy).build();
    }

    /** Ledger records (ratings, work orders, appointments, notices), nothing else. */
    public static Change ofLedger(List<? extends LedgerEntry> entries) {
        Builder b = new Builder();
        entries.forEach(b::ledger);
        return b.build();
    }

    /** Windows to store as they are, nothing else (windows of the configuration the store has not seen). */
    public static Change ofWindows(List<Window> windows) {
        Builder b = new Builder();
        windows.forEach(b::window);
        return b.build();
    }

    public boolean isEmpty() {
        return tickets.isEmpty() && windows.isEmpty() && ticketEvents.isEmpty() && windowEvents.isEmpty()
                && beginsDay == null && decisions.isEmpty() && policy == null && ledger.isEmpty();
    }

    /** Collects the parts of a change; the last version of a ticket, window or decision wins. The one way to make a change. */
    static final class Builder {
        private final List<Ticket> tickets = new ArrayList<>();
        private final List<Window> windows = new ArrayList<>();
        private final List<TicketEvent> ticketEvents = new ArrayList<>();
        private final List<WindowEvent> windowEvents = new ArrayList<>();
        private final List<Call> calls = new ArrayList<>();
        private final List<PolicyDecision> decisions = new ArrayList<>();
        private final List<LedgerEntry> ledger = new ArrayList<>();
        private LocalDate beginsDay;
        private PolicyConfig policy;

        Builder ticket(Ticket t, TicketEvent event) {
            tickets.removeIf(x -> x.id() == t.id());
            tickets.add(t);
            ticketEvents.add(event);
            return this;
        }

        Builder window(Window w) {
            windows.removeIf(x -> x.number() == w.number());
            windows.add(w);
            return this;
        }

        Builder window(Window w, WindowEvent event) {
            windowEvents.add(event);
            return window(w);
        }

        Builder call(Call call) {
            calls.add(call);
            return this;
        }

        Builder decision(PolicyDecision d) {
            decisions.removeIf(x -> x.id() == d.id());
            decisions.add(d);
            return this;
        }

        /** Adds everything of another change (later versions win). */
        Builder merge(Change c) {
            c.tickets().forEach(t -> tickets.removeIf(x -> x.id() == t.id()));
            tickets.addAll(c.tickets());
            ticketEvents.addAll(c.ticketEvents());
            c.windows().forEach(this::window);
            windowEvents.addAll(c.windowEvents());
            calls.addAll(c.calls());
            c.decisions().forEach(this::decision);
            ledger.addAll(c.ledger());
            return this;
        }

        Builder ledger(LedgerEntry entry) {
            ledger.add(entry);
            return this;
        }

        Builder beginsDay(LocalDate day) {
            beginsDay = day;
            return this;
        }

        Builder policy(PolicyConfig settings) {
            policy = settings;
            return this;
        }

        /** Gives every window event collected so far {@code note} as its detail (why the policy acted). */
        Builder noteWindowEvents(String note) {
            windowEvents.replaceAll(e -> new WindowEvent(e.window(), e.type(), e.at(), e.actor(), note));
            return this;
        }

        /** The version of a ticket this change already holds, if any. */
        Ticket ticket(long id) {
            return tickets.stream().filter(t -> t.id() == id).findFirst().orElse(null);
        }

        Change build() {
            return new Change(tickets, windows, ticketEvents, windowEvents, calls, beginsDay, decisions, policy, ledger);
        }
    }
}
