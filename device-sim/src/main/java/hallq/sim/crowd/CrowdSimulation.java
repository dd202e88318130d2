package hallq.sim.crowd;

import hallq.controller.core.IssueCommand;
import hallq.controller.core.Prediction;
import hallq.controller.core.Routing;
import hallq.controller.core.Ticket;
import hallq.controller.core.Window;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import hallq.protocol.config.HallConfig;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * A discrete-event day in virtual time: citizens arrive, take tickets, wait, are called, served or
 * missed, and may give up; windows follow the staffing plan and the policy. Every queue decision is
 * the real core's. Randomness: one seeded SplittableRandom, split into arrival, citizen and policy-
 * free streams so that variants of a scenario see the same citizens.
 */
public final class CrowdSimulation {
    private enum Type { STAFF, ARRIVAL, END, MISSED, ABANDON, TICK }

    private record Event(double minute, long seq, Type type, int index, Citizen citizen) {
    }

    private final Scenario sc;
    private final Instant start;
    private final SimHall hall;
    private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.minute != b.minute
            ? Double.compare(a.minute, b.minute) : Long.compare(a.seq, b.seq));
    private final List<Citizen> citizens = new ArrayList<>();
    private final Map<Long, Citizen> byTicket = new HashMap<>();
    private final Map<String, ArrivalStream> streams = new HashMap<>();
    private final List<StaffingPlan.Step> plan;
    private final RandomGenerator people;
    private final double tickMinutes;
    private final Map<String, Integer> targets = new HashMap<>();
    private final Map<String, LinkedHashSet<Citizen>> waitingByArrival = new HashMap<>();
    private final Map<String, Double> lastCalledWait = new HashMap<>();
    private final Timeline timeline;
    private final Routing routing;
    private TreeSet<Integer> onDuty = new TreeSet<>();
    private long seq;
    private int arrivalsLeft;
    private double now;

    CrowdSimulation(Scenario sc, HallConfig config, Instant start, Map<String, List<Double>> history) {
        this.sc = sc;
        this.start = start;
        this.hall = new SimHall(config, start, history);
        this.routing = new Routing(hall.core.state());
        this.timeline = new Timeline(start.atZone(ZoneId.of(config.hall().timezone())));
        SplittableRandom root = new SplittableRandom(sc.seed() == null ? 1 : sc.seed());
        this.people = root.split();
        this.plan = StaffingPlan.of(sc, config);
        config.services().forEach(s -> {
            targets.put(s.id(), s.targetWaitMinutes());
            waitingByArrival.put(s.id(), new LinkedHashSet<>());
        });
        this.tickMinutes = sc.policy() != null && sc.policy().tick() != null ? sc.policy().tick().toSeconds() / 60.0 : 1;
        new SimPolicySetup(hall).apply(sc.policy());
        for (String service : sc.services().keySet().stream().sorted().toList()) {
            streams.put(service, new ArrivalStream(sc.services().get(service).ratesPerHour(), root.split()));
        }
    }

    public static SimResult run(Scenario sc, HallConfig config, Instant start) {
        return run(sc, config, start, Map.of());
    }

    /** One day of a hall whose predictor starts from earlier days' service times ({@code history}). */
    public static SimResult run(Scenario sc, HallConfig config, Instant start, Map<String, List<Double>> history) {
        return new CrowdSimulation(sc, config, start, history).run();
    }

    private SimResult run() {
        for (int i = 0; i < plan.size(); i++) {
            at(plan.get(i).minute(), Type.STAFF, i, null);
        }
        streams.keySet().stream().sorted().forEach(this::nextArrival);
        at(0, Type.TICK, 0, null);
        while (!events.isEmpty()) {
            Event e = events.poll();
            now = e.minute;
            switch (e.type) {
                case STAFF -> staff(plan.get(e.index).windows());
                case ARRIVAL -> arrive(e.citizen);
                case END -> finish(e.index, WindowAction.COMPLETE);
                case MISSED -> finish(e.index, WindowAction.NO_SHOW);
                case ABANDON -> abandon(e.citizen);
                case TICK -> tick();
            }
        }
        double end = Math.max(now, sc.hours() * 60.0);
        return new SimResult(sc, targets, citizens, hall.staffHours(end), hall.decisions(), end, timeline);
    }

    private void nextArrival(String service) {
        double t = streams.get(service).next();
        if (Double.isNaN(t)) {
            return;
        }
        Scenario.Behaviour b = sc.behaviour();
        double u = people.nextDouble();
        Priority p = u < b.greenChannelShare() ? Priority.GREEN_CHANNEL
                : u < b.greenChannelShare() + b.appointmentShare() ? Priority.APPOINTMENT : Priority.NORMAL;
        double minutes = sc.services().get(service).serviceTime().sample(people);
        boolean noShow = people.nextDouble() < b.noShowRate();
        double patience = b.meanPatienceMinutes() > 0 ? b.meanPatienceMinutes() * people.nextExponential() : 0;
        Citizen c = new Citizen(citizens.size() + 1, service, p, t, minutes, noShow, patience);
        citizens.add(c);
        arrivalsLeft++;
        at(t, Type.ARRIVAL, 0, c);
    }

    private void arrive(Citizen c) {
        arrivalsLeft--;
        nextArrival(c.serviceId);
        Prediction p = hall.predictor.forNewArrival(c.serviceId, c.priority, instant());
        if (p.known()) {
            c.predictedMean = p.meanMinutes();
            c.predictedP90 = p.p90Minutes();
            double trueMean = sc.services().get(c.serviceId).serviceTime().meanMinutes();
            c.floorMean = p.departures() * trueMean / p.servingWindows(); // M/M/s with the true mean
            c.learnedMean = hall.predictor.serviceMinutes(c.serviceId);
        }
        baselines(c);
        c.token = String.format("sim-citizen-%08d", c.id);
        Ticket t = hall.accept(hall.core.issue(new IssueCommand(c.serviceId, Channel.KIOSK, c.priority, null, null,
                c.token, "sim"), instant()), now);
        c.ticketId = t.id();
        c.number = t.number();
        byTicket.put(t.id(), c);
        waitingByArrival.get(c.serviceId).add(c);
        if (c.patience > 0) {
            at(now + c.patience, Type.ABANDON, 0, c);
        }
        dispatch();
    }

    private void finish(int window, WindowAction action) {
        hall.accept(hall.core.execute(WindowCommand.of(window, action, "sim"), instant()), now);
        Window w = hall.core.state().window(window);
        if (!onDuty.contains(window) && !w.standby() && w.state() == WindowState.OPEN) {
            hall.accept(hall.core.execute(WindowCommand.of(window, WindowAction.CLOSE, "sim"), instant()), now);
        }
        dispatch();
    }

    private void abandon(Citizen c) {
        Ticket t = hall.core.state().ticket(c.ticketId);
        if (t.status() == TicketStatus.WAITING) {
            hall.accept(hall.core.voidTicket(c.token, instant(), "sim", "left the hall"), now);
            c.outcome = Citizen.Outcome.ABANDONED;
            waitingByArrival.get(c.serviceId).remove(c);
        }
    }

    private void staff(TreeSet<Integer> windows) {
        onDuty = windows;
        for (Window w : List.copyOf(hall.core.state().windows())) {
            boolean wanted = windows.contains(w.number());
            if (wanted && w.state() == WindowState.CLOSED) {
                hall.accept(hall.core.execute(WindowCommand.of(w.number(), WindowAction.OPEN, "sim"), instant()), now);
            } else if (!wanted && !w.standby() && w.state() == WindowState.OPEN && w.current() == null) {
                hall.accept(hall.core.execute(WindowCommand.of(w.number(), WindowAction.CLOSE, "sim"), instant()), now);
            }
        }
        dispatch();
    }

    private void tick() {
        hall.apply(hall.policy.plan(instant()), now);
        dispatch();
        sample();
        boolean busy = hall.core.state().windows().stream().anyMatch(w -> w.current() != null);
        boolean waiting = hall.core.state().services().stream().anyMatch(s -> hall.core.state().waiting(s.id()) > 0);
        if (arrivalsLeft > 0 || busy || waiting) {
            at(now + tickMinutes, Type.TICK, 0, null);
        }
    }

    /**
     * The history-based predictors the product is compared with: head-of-line (how long the
     * longest waiter of the service has waited so far) and last-to-enter-service (the wait of the
     * service's citizen called last). Both say 0 when nobody waits and a window is free.
     */
    private void baselines(Citizen c) {
        LinkedHashSet<Citizen> line = waitingByArrival.get(c.serviceId);
        boolean free = line.isEmpty() && hall.core.state().windows().stream()
                .anyMatch(w -> w.state() == WindowState.OPEN && w.current() == null && w.serves(c.serviceId));
        c.holMean = free || line.isEmpty() ? 0 : now - line.iterator().next().arrival;
        c.lesMean = free ? 0 : lastCalledWait.getOrDefault(c.serviceId, 0.0);
    }

    private void sample() {
        Map<String, Integer> waiting = new HashMap<>();
        waitingByArrival.forEach((service, line) -> waiting.put(service, line.size()));
        int open = (int) hall.core.state().windows().stream().filter(w -> w.state() != WindowState.CLOSED).count();
        timeline.add(now, waiting, open);
    }

    /**
     * Every open idle window calls the next citizen, as a clerk would at once: the core's next
     * (relative urgency), or under first-come-first-served the core's CALL of the ticket that rule picks.
     */
    private void dispatch() {
        for (Window w : List.copyOf(hall.core.state().windows())) {
            if (w.state() != WindowState.OPEN || w.current() != null) {
                continue;
            }
            Ticket t = sc.routingRule() == Routing.Rule.RELATIVE_URGENCY
                    ? hall.accept(hall.core.execute(WindowCommand.of(w.number(), WindowAction.CALL_NEXT, "sim"),
                            instant()), now)
                    : callFirstComeFirstServed(w);
            if (t == null) {
                continue;
            }
            Citizen c = byTicket.get(t.id());
            c.called = now;
            c.window = w.number();
            waitingByArrival.get(c.serviceId).remove(c);
            lastCalledWait.put(c.serviceId, c.waitMinutes());
            if (c.noShow) {
                c.outcome = Citizen.Outcome.NO_SHOW;
                at(now + sc.behaviour().noShowAfterMinutes(), Type.MISSED, w.number(), c);
            } else {
                c.outcome = Citizen.Outcome.SERVED;
                hall.accept(hall.core.execute(WindowCommand.of(w.number(), WindowAction.START, "sim"), instant()), now);
                at(now + c.serviceMinutes, Type.END, w.number(), c);
            }
        }
    }

    private Ticket callFirstComeFirstServed(Window w) {
        Ticket next = routing.pick(w, instant(), sc.routingRule());
        return next == null ? null : hall.accept(hall.core.execute(new WindowCommand(w.number(), WindowAction.CALL,
                next.number(), null, null, null, null, null, "sim"), instant()), now);
    }

    private void at(double minute, Type type, int index, Citizen c) {
        events.add(new Event(minute, seq++, type, index, c));
    }

    private Instant instant() {
        return start.plusNanos(Math.round(now * 60e9));
    }
}
