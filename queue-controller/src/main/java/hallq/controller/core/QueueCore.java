package hallq.controller.core;

import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import hallq.protocol.city.CityNotice;
import hallq.protocol.city.Handover;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.PolicyConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The pure queue logic: plans changes from commands and the time passed in, and applies them once
 * they are stored. No I/O, no clock of its own, no randomness; one thread at a time.
 */
public final class QueueCore {
    private final HallState state;
    private final Routing routing;
    private final TicketDesk tickets;
    private final CallDesk calls;
    private final WindowControl windows;
    private final RatingDesk ratings;
    private final WorkOrderDesk workOrders;
    private final AppointmentSlots slotTable;
    private final AppointmentDesk appointments;
    private final Supervision supervision;
    private final CityNoticeDesk cityNotices;
    private final HandoverDesk handovers;

    public QueueCore(HallState state) {
        this.state = state;
        this.routing = new Routing(state);
        this.tickets = new TicketDesk(state);
        this.calls = new CallDesk(state, routing);
        this.windows = new WindowControl(state);
        this.workOrders = new WorkOrderDesk(state);
        this.ratings = new RatingDesk(state, workOrders);
        this.slotTable = new AppointmentSlots(state);
        this.appointments = new AppointmentDesk(state, tickets, slotTable);
        this.supervision = new Supervision(state, routing);
        this.cityNotices = new CityNoticeDesk(state);
        this.handovers = new HandoverDesk(state, calls);
    }

    /** Open windows idle for {@link Supervision#IDLE_AFTER} while citizens they serve wait; citizens waiting past target. */
    public record Pressure(int idleWindows, int waitingPastTarget) {
    }

    /** A fresh hall from configuration: standby windows start closed, the others open. */
    public static HallState freshState(HallConfig config, Collection<Window> persistedWindows, boolean enforceHours,
                                       Instant now) {
        HallCalendar calendar = HallCalendar.of(config, enforceHours);
        List<Window> windows = config.windows().stream().map(wc -> persistedWindows.stream()
                        .filter(p -> p.number() == wc.number()).findFirst()
                        .map(p -> new Window(wc.number(), wc.name(), wc.department(), knownSkills(config, p),
                                p.state(), wc.standby(), p.clerk(), p.current(), p.since()))
                        .orElseGet(() -> new Window(wc.number(), wc.name(), wc.department(), wc.services(),
                                wc.standby() ? WindowState.CLOSED : WindowState.OPEN,
                                wc.standby(), wc.clerk(), null, now)))
                .sorted(Comparator.comparingInt(Window::number)).toList();
        return new HallState(config.services(), windows, calendar, config.policy(), calendar.businessDate(now),
                config.appointments(), calendar.workingDays());
    }

    private static List<String> knownSkills(HallConfig config, Window persisted) {
        List<String> known = persisted.skills().stream().filter(s -> config.service(s) != null).toList();
        return known.isEmpty() ? config.windows().stream().filter(w -> w.number() == persisted.number())
                .findFirst().orElseThrow().services() : known;
    }

    public HallState state() {
        return state;
    }

    public void apply(Change change) {
        state.apply(change);
    }

    public Change rollover(Instant now) {
        return tickets.rollover(now);
    }

    public Outcome<Ticket> issue(IssueCommand cmd, Instant now) {
        return tickets.issue(cmd, now);
    }

    public Outcome<Ticket> voidTicket(String token, Instant now, String actor, String reason) {
        Ticket t = state.ticketByToken(token);
        return t == null ? Outcome.rejected(Outcome.Reason.NOT_FOUND, "no such ticket today")
                : tickets.voidTicket(t, now, actor, reason);
    }

    /** Carries out a window action; the value is the ticket it acted on (null for window-only actions). */
    public Outcome<Ticket> execute(WindowCommand c, Instant now) {
        Window w = state.window(c.window());
        if (w == null) {
            return Outcome.rejected(Outcome.Reason.NOT_FOUND, "no window " + c.window());
        }
        Outcome<Ticket> o = act(w, c, now);
        if (o instanceof Outcome.Accepted<Ticket> a && !state.ledger().handovers().isEmpty()) {
            for (Ticket t : a.change().tickets()) { // a completed pickup ticket: its handover is picked up
                Change picked = t.status() == TicketStatus.DONE ? handovers.completed(t, c.actor(), now) : Change.NONE;
                if (!picked.isEmpty()) {
                    return Outcome.accepted(a.value(), new Change.Builder().merge(a.change()).merge(picked).build());
                }
            }
        }
        return o;
    }

    private Outcome<Ticket> act(Window w, WindowCommand c, Instant now) {
        return switch (c.action()) {
            case CALL_NEXT -> calls.callNext(w, now, c.actor());
            case RECALL -> calls.recall(w, now, c.actor());
            case CALL -> c.ticket() == null ? missing("ticket") : calls.callTicket(w, c.ticket(), now, c.actor());
            case START -> calls.start(w, now, c.actor());
            case COMPLETE -> calls.complete(w, now, c.actor(), c.caseNumber());
            case NO_SHOW -> calls.noShow(w, now, c.actor());
            case TRANSFER -> calls.transfer(w, c.toService(), c.toWindow(), now, c.actor());
            case POSTPONE -> calls.postpone(w, now, c.actor(), c.reason());
            case BRING_BACK -> bringBack(c, now);
            case PAUSE -> windowOnly(windows.pause(w, now, c.actor(), c.reason()));
            case RESUME -> windowOnly(windows.resume(w, now, c.actor()));
            case OPEN -> windowOnly(windows.open(w, c.clerk(), now, c.actor()));
            case CLOSE -> windowOnly(windows.close(w, now, c.actor(), c.reason()));
            case SKILLS -> windowOnly(windows.setSkills(w, c.services(), now, c.actor()));
            case CLERK -> windowOnly(windows.assignClerk(w, c.clerk(), now, c.actor()));
        };
    }

    private Outcome<Ticket> bringBack(WindowCommand c, Instant now) {
        if (c.ticket() == null) {
            return missing("ticket");
        }
        Ticket t = state.ticketByNumber(c.ticket());
        return t == null ? Outcome.rejected(Outcome.Reason.NOT_FOUND, "no ticket " + c.ticket() + " today")
                : tickets.bringBack(t, now, c.actor());
    }

    private static Outcome<Ticket> missing(String field) {
        return Outcome.rejected(Outcome.Reason.INVALID, "this action needs '" + field + "'");
    }

    private static Outcome<Ticket> windowOnly(Outcome<Window> o) {
        if (o instanceof Outcome.Rejected<Window> r) {
            return Outcome.rejected(r.reason(), r.message());
        }
        return Outcome.accepted(null, ((Outcome.Accepted<Window>) o).change());
    }

    /** A manager confirms a policy proposal (approval mode). */
    public Outcome<PolicyDecision> approveProposal(long id, String actor, Instant now) {
        return PolicyExecution.approve(state, id, actor, now);
    }

    public Outcome<PolicyDecision> rejectProposal(long id, String actor, Instant now) {
        return PolicyExecution.reject(state, id, actor, now);
    }

    /** New policy mode and thresholds; the routing weights stay (they order the waiting lines). */
    public Outcome<PolicyConfig> changePolicy(PolicyConfig wanted) {
        PolicyConfig now = state.policy();
        PolicyConfig p = new PolicyConfig(wanted.mode(), wanted.openWhenPredictedWaitOver(), wanted.closeWhenBelow(),
                wanted.calmFor(), wanted.staffLeadTime(), wanted.openWhenQueueLongerThan(),
                now.greenChannelHeadStart(), now.urgentHeadStart(), now.appointmentHeadStart(),
                now.skillPreferenceMargin());
        if (p.closeWhenBelow().compareTo(p.openWhenPredictedWaitOver()) >= 0) {
            return Outcome.rejected(Outcome.Reason.INVALID, "closeWhenBelow must be shorter than openWhenPredictedWaitOver");
        }
        if (p.openWhenPredictedWaitOver().isNegative() || p.closeWhenBelow().isNegative() || p.calmFor().isNegative()
                || p.staffLeadTime().isNegative() || p.openWhenQueueLongerThan() < 0) {
            return Outcome.rejected(Outcome.Reason.INVALID, "durations and queue length must not be negative");
        }
        return Outcome.accepted(p, Change.ofPolicy(p));
    }

    /** A rating from the citizen's page (the ticket's token). */
    public Outcome<Rating> rateByToken(String token, int score, String comment, Instant now) {
        return ratings.rateByToken(token, score, comment, now);
    }

    /** A rating from a window's evaluator: the ticket it names, or the window's last citizen. */
    public Outcome<Rating> rateAtWindow(int window, String ticketNumber, int score, String comment, Instant now) {
        return ratings.rateAtWindow(window, ticketNumber, score, comment, now);
    }

    /** Rectification work orders: accept, return (misrouted), re-dispatch, extend, finish. */
    public Outcome<WorkOrder> workOrder(long id, String action, String text, Integer days, String actor, Instant now) {
        return switch (action) {
            case "accept" -> workOrders.accept(id, text, actor, now);
            case "return" -> workOrders.giveBack(id, text, actor, now);
            case "redispatch" -> workOrders.redispatch(id, text, actor, now);
            case "extend" -> days == null ? Outcome.rejected(Outcome.Reason.INVALID, "extend needs 'days'")
                    : workOrders.extend(id, days, text, actor, now);
            case "finish" -> workOrders.finish(id, text, actor, now);
            default -> Outcome.rejected(Outcome.Reason.NOT_FOUND, "unknown work-order action '" + action
                    + "' (accept, return, redispatch, extend, finish)");
        };
    }

    /**
     * 效能监督: idle windows while citizens wait, unattended windows, long services, waits past the
     * target — each recorded once per episode. {@code usualServiceMinutes} per service (learned).
     */
    public Change supervise(Instant now, ToDoubleFunction<String> usualServiceMinutes) {
        return supervision.check(now, usualServiceMinutes);
    }

    /** The city's supervision notices (督办) the hall does not hold yet, taken in as RECEIVED. */
    public Change receiveCityNotices(List<CityNotice> notices, Instant now) {
        return cityNotices.receive(notices, now);
    }

    /** A manager's step on a city supervision notice: acknowledge, or answer with {@code text}. */
    public Outcome<CitySupervision> cityNotice(long id, String action, String text, String actor, Instant now) {
        return switch (action) {
            case "acknowledge" -> cityNotices.acknowledge(id, actor, now);
            case "answer" -> cityNotices.answer(id, text, actor, now);
            default -> Outcome.rejected(Outcome.Reason.NOT_FOUND, "unknown city-notice action '" + action
                    + "' (acknowledge, answer)");
        };
    }

    /** The clerk at the send's window hands the citizen's matter over to another hall (代办转报). */
    public Outcome<HallHandover> handOver(HandoverSend send, String token, String actor, Instant now) {
        Window w = state.window(send.window());
        return w == null ? Outcome.rejected(Outcome.Reason.NOT_FOUND, "no window " + send.window())
                : handovers.send(w, send, token, actor, now);
    }

    /** The hub's copies of handovers to or from this hall ({@code hallId}), merged; new incoming ones RECEIVED. */
    public Change receiveHandovers(List<Handover> copies, String hallId, Instant now) {
        return handovers.receive(copies, hallId, now);
    }

    /** A clerk's step on a handover: accept, return, result, picked-up (with its detail). */
    public Outcome<HallHandover> handover(String receipt, String action, String detail, String actor, Instant now) {
        return handovers.act(receipt, action, detail, actor, now);
    }

    /** The station's pickup ticket for a handover's result (the same one while it is not finished). */
    public Outcome<Ticket> pickupTicket(String receipt, String token, String actor, Instant now) {
        return handovers.pickupTicket(receipt, tickets, token, now, actor);
    }

    /** How many open windows sit idle while citizens they serve wait, and how many wait past target. */
    public Pressure pressure(Instant now) {
        return supervision.pressure(now);
    }

    /** Work orders that passed a deadline, noted once each. */
    public Change overdueWorkOrders(Instant now) {
        return workOrders.overdue(now);
    }

    /** Open handovers past a deadline, each deadline noted once (an alert to this hall's staff). */
    public Change overdueHandovers(Instant now) {
        return handovers.overdue(now);
    }

    /** One bookable slot: its quota (the manager's override, else the proposal) and bookings. */
    public record Slot(LocalTime start, LocalTime end, int quota, int booked, int proposed,
                       Integer override) {
    }

    /** The slots of a service on a day; empty when the hall takes no appointments that day. */
    public Outcome<List<Slot>> slots(String serviceId, LocalDate date, Quotas.Demand demand) {
        Outcome<List<AppointmentSlots.Slot>> o = slotTable.slots(serviceId, date, demand);
        if (o instanceof Outcome.Rejected<List<AppointmentSlots.Slot>> r) {
            return Outcome.rejected(r.reason(), r.message());
        }
        return Outcome.accepted(((Outcome.Accepted<List<AppointmentSlots.Slot>>) o).value().stream()
                .map(x -> new Slot(x.start(), x.end(), x.quota(), x.booked(), x.proposed(), x.override())).toList(),
                Change.NONE);
    }

    /** Books a slot; {@code code} and {@code token} are drawn at random by the caller. */
    public Outcome<Appointment> book(String serviceId, LocalDate date, LocalTime slot,
                                     Person person, String phone, String code, String token, Quotas.Demand demand,
                                     Instant now) {
        return appointments.book(new AppointmentDesk.Booking(serviceId, date, slot, person, phone, code, token),
                demand, now);
    }

    public Outcome<Appointment> cancelAppointment(String token, Instant now) {
        return appointments.cancel(token, now);
    }

    /** Check-in by code, or by the ID number's key: a ticket with the appointment's priority. */
    public Outcome<Ticket> checkIn(String code, Person person, String requestId, LocalDate requestUsedOn,
                                   String ticketToken, String actor, Instant now) {
        return appointments.checkIn(code, person, requestId, requestUsedOn, ticketToken, actor, now);
    }

    /** Booked appointments whose check-in closed become no-shows. */
    public Change expireAppointments(Instant now) {
        return appointments.expire(now);
    }

    /** A manager's quota for a slot (null: back to the proposal). */
    public Outcome<SlotQuota> setQuota(String serviceId, LocalDate date, LocalTime slot,
                                       Integer quota, String actor, Instant now) {
        return appointments.setQuota(serviceId, date, slot, quota, actor, now);
    }

    /** Tickets that would be called before this waiting one, in its own line. */
    public int peopleAhead(Ticket t) {
        WaitingLine.Entry e = state.entry(t.id());
        return e == null ? 0 : state.line(t).ahead(e);
    }

    /** The next tickets a window would call, in order (clerk consoles); empty for an unknown window. */
    public List<Ticket> upcoming(int window, Instant now, int max) {
        Window w = state.window(window);
        return w == null ? List.of() : routing.upcoming(w, now, max);
    }

    /** The ticket a window would call now (for clerk consoles: "next in line"). */
    public Ticket peekNext(int window, Instant now) {
        Window w = state.window(window);
        return w == null ? null : routing.pick(w, now);
    }
}
