package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.city.Handover;
import hallq.protocol.config.ServiceConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Handovers (代办转报, docs/city.md "Handovers") at this hall. At the station: a clerk completes the
 * citizen at the window as handed over to the competent hall (the SENT step, with its 收件通知书),
 * issues the pickup ticket when the citizen comes back for the result, and records the pickup. At
 * the receiving hall: the hub's copy is taken in (RECEIVED), and a clerk accepts it (its 受理编号),
 * returns it with the reason, or makes the result ready (for pickup at the station or by post).
 * Every version is a ledger entry and so one city event; what the hub hands over is merged, so a
 * copy handed over twice changes nothing.
 */
final class HandoverDesk {
    /** Working days the receiving hall has to accept (or return) a handover, from the day it was sent. */
    static final int ACCEPT_DAYS = 2;
    private static final String HALL_ID = "[A-Za-z0-9_-]{1,40}";
    private static final DateTimeFormatter RECEIPT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final HallState state;
    private final CallDesk calls;

    HandoverDesk(HallState state, CallDesk calls) {
        this.state = state;
        this.calls = calls;
    }

    /** Completes the citizen at {@code w} as handed over: the ticket done, the handover SENT. */
    Outcome<HallHandover> send(Window w, HandoverSend s, String token, String actor, Instant now) {
        Ticket t = w.current() == null ? null : state.ticket(w.current());
        if (t == null) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " has no citizen to hand over");
        }
        if (s.toHall() == null || !s.toHall().matches(HALL_ID)) {
            return Outcome.rejected(INVALID, "toHall: the receiving hall's id (1-40 letters, digits, _ or -)");
        }
        if (s.toHall().equals(s.hallId())) {
            return Outcome.rejected(INVALID, "toHall: a handover goes to another hall, not to " + s.hallId());
        }
        String serviceId = blank(s.serviceId()) ? t.serviceId() : s.serviceId().strip();
        if (!serviceId.matches(HALL_ID)) {
            return Outcome.rejected(INVALID, "serviceId: the matter's id in the city's catalogue (1-40 letters, digits, _ or -)");
        }
        ServiceConfig known = state.service(serviceId);
        String matter = !blank(s.matterName()) ? s.matterName().strip() : known != null ? known.name() : null;
        if (matter == null || matter.length() > 100) {
            return Outcome.rejected(INVALID, "matterName: the matter's name, 1-100 characters (this hall does not "
                    + "handle " + serviceId + " itself, so its name must be given)");
        }
        List<String> materials = new ArrayList<>();
        for (String m : s.materials() == null ? List.<String>of() : s.materials()) {
            if (blank(m) || m.strip().length() > 100) {
                return Outcome.rejected(INVALID, "materials: each material received is named in 1-100 characters");
            }
            materials.add(m.strip());
        }
        if (materials.size() > Handover.MAX_MATERIALS) {
            return Outcome.rejected(INVALID, "materials: at most " + Handover.MAX_MATERIALS + " items");
        }
        if (s.note() != null && s.note().strip().length() > Handover.MAX_TEXT) {
            return Outcome.rejected(INVALID, "note: at most " + Handover.MAX_TEXT + " characters");
        }
        if (token == null || token.length() < 16) {
            return Outcome.rejected(INVALID, "a handover needs an unguessable token of at least 16 characters");
        }
        if (!(calls.complete(w, now, actor) instanceof Outcome.Accepted<Ticket> done)) {
            return Outcome.rejected(CONFLICT, "window " + w.number() + " cannot complete " + t.number());
        }
        ZoneId zone = state.calendar().zone();
        LocalDate day = LocalDate.ofInstant(now, zone);
        int promise = known != null ? known.promiseDays() : ServiceConfig.DEFAULT_PROMISE_DAYS;
        Handover h = new Handover(receipt(s.hallId(), now, zone), s.hallId(), s.hallName(), s.toHall(),
                blank(s.toHallName()) ? s.toHall() : s.toHallName().strip(), serviceId, matter, materials,
                blank(s.note()) ? null : s.note().strip(), now, endOf(state.addWorkingDays(day, ACCEPT_DAYS), zone),
                endOf(state.addWorkingDays(day, promise), zone),
                List.of(new Handover.Step(Handover.SENT, now, s.hallId(), actor, t.number())), 0);
        HallHandover entry = new HallHandover(h, true, token, t.id(), t.number(), t.personKey(), null, null,
                h.step(Handover.SENT), now);
        return Outcome.accepted(entry, new Change.Builder().merge(done.change()).ledger(entry).build());
    }

    /** The hub's copies: each new one taken in (RECEIVED at the receiving hall), each newer one merged. */
    Change receive(List<Handover> copies, String hallId, Instant now) {
        Change.Builder b = new Change.Builder();
        for (Handover copy : copies) {
            boolean outgoing = hallId.equals(copy.fromHall());
            if (!outgoing && !hallId.equals(copy.toHall())) {
                continue; // not ours: the hub would not send it, and this hall never stores it
            }
            HallHandover held = state.ledger().handover(copy.receipt());
            if (held != null && held.handover().version() >= copy.version()) {
                continue; // a resend of what is held
            }
            if (held == null && outgoing) {
                continue; // the station's own record was lost (a restore): the hub's copy alone has no token
            }
            Handover merged = held == null ? copy : held.handover().with(copy.steps(), copy.version());
            List<String> learned = copy.steps().stream().map(Handover.Step::step)
                    .filter(x -> held == null || !held.handover().has(x)).toList();
            // HELD's detail: the steps this copy brought (what the hall's staff hear of)
            Handover.Step event = new Handover.Step(Handover.HELD, now, hallId, "hub", String.join(",", learned));
            if (!outgoing && !merged.has(Handover.RECEIVED)) {
                event = new Handover.Step(Handover.RECEIVED, now, hallId, "system", null);
                merged = merged.with(List.of(event), merged.version());
            }
            b.ledger(held == null ? new HallHandover(merged, false, null, null, null, null, null, null, event, now)
                    : held.next(merged, event, now));
        }
        return b.build();
    }

    /** A clerk's step on a handover: accept, return, result (ready: PICKUP or POST), picked-up. */
    Outcome<HallHandover> act(String receipt, String action, String detail, String actor, Instant now) {
        HallHandover held = state.ledger().handover(receipt);
        if (held == null) {
            return Outcome.rejected(NOT_FOUND, "no handover " + receipt + " at this hall");
        }
        String text = blank(detail) ? null : detail.strip();
        if (text != null && text.length() > Handover.MAX_TEXT) {
            return Outcome.rejected(INVALID, "at most " + Handover.MAX_TEXT + " characters");
        }
        String step;
        switch (action) {
            case "accept" -> {
                step = Handover.ACCEPTED;
                text = text != null ? text : acceptanceNumber(held.handover().toHall(), now);
            }
            case "return" -> {
                step = Handover.RETURNED;
                if (text == null) {
                    return Outcome.rejected(INVALID, "text: why the handover is returned (退件原因)");
                }
            }
            case "result" -> {
                step = Handover.RESULT_READY;
                text = text == null ? "PICKUP" : text.toUpperCase();
                if (!text.equals("PICKUP") && !text.equals("POST")) {
                    return Outcome.rejected(INVALID, "text: PICKUP (at the station) or POST");
                }
            }
            case "picked-up" -> step = Handover.PICKED_UP;
            default -> {
                return Outcome.rejected(NOT_FOUND, "unknown handover action '" + action
                        + "' (accept, return, result, picked-up)");
            }
        }
        boolean stationStep = Handover.STATION_STEPS.contains(step);
        if (stationStep != held.outgoing()) {
            return Outcome.rejected(CONFLICT, "handover " + receipt + ": " + action + " is done at "
                    + (stationStep ? "the station, " + held.handover().fromHall() : "the receiving hall, "
                    + held.handover().toHall()));
        }
        String refusal = held.handover().refusal(step);
        if (refusal != null) {
            return Outcome.rejected(CONFLICT, refusal);
        }
        String hall = stationStep ? held.handover().fromHall() : held.handover().toHall();
        Handover.Step s = new Handover.Step(step, now, hall, actor, text);
        HallHandover next = held.next(held.handover().with(List.of(s), held.handover().version()), s, now);
        return Outcome.accepted(next, Change.ofLedger(List.of(next)));
    }

    /** At the station, the citizen back for a result ready for pickup: a ticket ahead of ordinary ones. */
    Outcome<Ticket> pickupTicket(String receipt, TicketDesk tickets, String token, Instant now, String actor) {
        HallHandover held = state.ledger().handover(receipt);
        if (held == null || !held.outgoing()) {
            return Outcome.rejected(NOT_FOUND, "no handover " + receipt + " sent from this hall");
        }
        String refusal = held.handover().refusal(Handover.PICKED_UP);
        if (refusal != null) {
            return Outcome.rejected(CONFLICT, refusal);
        }
        if (held.pickupTicketId() != null) {
            Ticket earlier = state.ticket(held.pickupTicketId());
            if (earlier != null && !earlier.status().isTerminal()) {
                return Outcome.accepted(earlier, Change.NONE); // the same citizen asking again: the same ticket
            }
        }
        String service = held.handover().serviceId();
        Ticket original = held.ticketId() == null ? null : state.ticket(held.ticketId());
        String queue = state.service(service) != null ? service : original != null ? original.serviceId()
                : state.services().stream().findFirst().map(ServiceConfig::id).orElse(null);
        if (queue == null) {
            return Outcome.rejected(NOT_FOUND, "this hall has no service to call the pickup at");
        }
        Outcome<Ticket> issued = tickets.issue(new IssueCommand(queue, Channel.COUNTER, Priority.APPOINTMENT, null,
                null, token, actor), now);
        if (!(issued instanceof Outcome.Accepted<Ticket> a)) {
            return issued;
        }
        HallHandover next = held.withPickupTicket(a.value().id(), now);
        return Outcome.accepted(a.value(), new Change.Builder().merge(a.change()).ledger(next).build());
    }

    /** When a completed ticket was a handover's pickup ticket, the handover is picked up with it. */
    Change completed(Ticket done, String actor, Instant now) {
        for (HallHandover h : state.ledger().handovers()) {
            if (h.outgoing() && h.pickupTicketId() != null && h.pickupTicketId() == done.id()
                    && h.handover().refusal(Handover.PICKED_UP) == null) {
                Handover.Step s = new Handover.Step(Handover.PICKED_UP, now, h.handover().fromHall(), actor,
                        done.number());
                return Change.ofLedger(List.of(h.next(h.handover().with(List.of(s), h.handover().version()), s, now)));
            }
        }
        return Change.NONE;
    }

    /**
     * Open handovers past a deadline by this hall's clock, each deadline noted once (the alert goes to
     * the hall's staff: at the receiving hall it is theirs to act on, at the station their citizen's
     * matter is late). A step that came after its deadline is late too, but nothing is left to act on.
     */
    Change overdue(Instant now) {
        Change.Builder b = new Change.Builder();
        for (HallHandover h : state.ledger().handovers()) {
            if (h.handover().closed()) {
                continue;
            }
            HallHandover x = h;
            if (!x.overdue().contains(HallHandover.ACCEPT) && x.handover().acceptOverdue(now)
                    && !x.handover().has(Handover.ACCEPTED)) {
                x = x.noteOverdue(HallHandover.ACCEPT, now);
                b.ledger(x);
            }
            if (!x.overdue().contains(HallHandover.RESULT) && x.handover().resultOverdue(now)
                    && !x.handover().has(Handover.RESULT_READY)) {
                b.ledger(x.noteOverdue(HallHandover.RESULT, now));
            }
        }
        return b.build();
    }

    private String receipt(String hallId, Instant now, ZoneId zone) {
        String base = hallId + "-" + RECEIPT.format(LocalDateTime.ofInstant(now, zone));
        String r = base;
        for (int n = 2; state.ledger().handover(r) != null; n++) {
            r = base + "-" + n;
        }
        return r;
    }

    private static String acceptanceNumber(String hallId, Instant now) {
        return "SL-" + hallId + "-" + now.toEpochMilli();
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
