package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CLOSED;
import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.LIMIT;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;
import static hallq.controller.core.Outcome.Reason.PERSON_LIMIT;

import hallq.controller.core.TicketEvent.Type;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.config.ServiceConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Numbering and the ticket's life outside windows: issue, void, bring back, end of day. */
final class TicketDesk {
    private static final String REQUEST_ID = "[A-Za-z0-9_.:-]{8,64}";
    private final HallState state;

    TicketDesk(HallState state) {
        this.state = state;
    }

    Outcome<Ticket> issue(IssueCommand cmd, Instant now) {
        ServiceConfig service = state.service(cmd.serviceId());
        if (service == null) {
            return Outcome.rejected(NOT_FOUND, "unknown service '" + cmd.serviceId() + "'");
        }
        if (cmd.clientRequestId() != null) {
            if (!cmd.clientRequestId().matches(REQUEST_ID)) {
                return Outcome.rejected(INVALID, "clientRequestId must be 8-64 letters, digits or _.:-");
            }
            if (cmd.requestUsedOn() != null && !cmd.requestUsedOn().equals(state.businessDate())) {
                // ids are unique across days: one of an earlier day cannot name a ticket today
                return Outcome.rejected(CONFLICT, "clientRequestId " + cmd.clientRequestId() + " was used on "
                        + cmd.requestUsedOn() + "; send a fresh one for a new ticket");
            }
            Ticket earlier = state.ticketByRequest(cmd.clientRequestId());
            if (earlier != null) {
                return sameRequest(earlier, service, cmd);
            }
        }
        if (cmd.token() == null || cmd.token().length() < 16) {
            return Outcome.rejected(INVALID, "a ticket needs an unguessable token of at least 16 characters");
        }
        if (!state.calendar().isOpen(now, service.id())) {
            return Outcome.rejected(CLOSED, service.name() + " is not taking tickets now: today's hours are "
                    + state.calendar().describe(state.calendar().businessDate(now), service.id()));
        }
        boolean appointment = cmd.channel() == Channel.APPOINTMENT;
        if (!appointment && service.dailyCap() > 0 && state.issuedToday(service.id()) >= service.dailyCap()) {
            return Outcome.rejected(LIMIT, service.name() + " has issued today's " + service.dailyCap()
                    + " tickets; please come back on the next working day or book an appointment");
        }
        Person person = cmd.person();
        if (!appointment && person != null && service.perPersonDailyCap() > 0
                && state.persons().issued(person, service.id()) >= service.perPersonDailyCap()) {
            return Outcome.rejected(PERSON_LIMIT, "this person already has " + service.perPersonDailyCap()
                    + " tickets for " + service.name() + " today");
        }
        int cityCap = person == null ? 0 : person.city().ticketsPerDay();
        if (!appointment && cityCap > 0 && (person.city().capped() || state.persons().issued(person) >= cityCap)) {
            return Outcome.rejected(PERSON_LIMIT, "this person has taken the " + cityCap
                    + " tickets one person may take a day at all of the city's halls together");
        }
        int seq = state.lastSeq(service.id()) + 1;
        LocalDate day = state.businessDate();
        Ticket t = Ticket.issued(state.nextTicketId(), new Ticket.Origin(day, seq, number(service.prefix(), seq),
                Objects.requireNonNullElse(cmd.channel(), Channel.KIOSK),
                Objects.requireNonNullElse(cmd.priority(), Priority.NORMAL), cmd.token(), cmd.clientRequestId(),
                cmd.personKey()), service.id(), now);
        String detail = t.channel() + " " + t.priority();
        return Outcome.accepted(t, new Change.Builder()
                .ticket(t, new TicketEvent(t.id(), Type.ISSUED, now, null, cmd.actor(), detail)).build());
    }

    /** A retry gets the ticket the first attempt made; the same id for another service is a mistake. */
    private static Outcome<Ticket> sameRequest(Ticket earlier, ServiceConfig service, IssueCommand cmd) {
        if (!earlier.number().startsWith(service.prefix())) {
            return Outcome.rejected(CONFLICT, "clientRequestId " + cmd.clientRequestId()
                    + " was already used for ticket " + earlier.number() + " of another service");
        }
        return Outcome.accepted(earlier, Change.NONE);
    }

    static String number(String prefix, int seq) {
        return prefix + (seq < 1000 ? String.format("%03d", seq) : Integer.toString(seq));
    }

    /** A ticket the kiosk could not print: it leaves the line, its number is never reused. */
    Outcome<Ticket> voidTicket(Ticket t, Instant now, String actor, String reason) {
        if (t.status() != TicketStatus.WAITING) {
            return Outcome.rejected(CONFLICT, "ticket " + t.number() + " is " + t.status() + " and cannot be voided");
        }
        Ticket voided = t.finished(TicketStatus.VOIDED, now);
        return Outcome.accepted(voided, new Change.Builder()
                .ticket(voided, new TicketEvent(t.id(), Type.VOIDED, now, null, actor, reason)).build());
    }

    /** A postponed (or missed) citizen goes back in line at the original place. */
    Outcome<Ticket> bringBack(Ticket t, Instant now, String actor) {
        if (t.status() != TicketStatus.POSTPONED && t.status() != TicketStatus.NO_SHOW) {
            return Outcome.rejected(CONFLICT, "ticket " + t.number() + " is " + t.status()
                    + "; only a postponed or missed ticket can be brought back");
        }
        if (!t.businessDate().equals(state.businessDate())) {
            return Outcome.rejected(CONFLICT, "ticket " + t.number() + " was for " + t.businessDate());
        }
        Ticket back = t.requeued(TicketStatus.WAITING, t.serviceId(), null);
        return Outcome.accepted(back, new Change.Builder()
                .ticket(back, new TicketEvent(t.id(), Type.RETURNED, now, null, actor, "was " + t.status())).build());
    }

    /** At a new business day: tickets still open from earlier days expire, windows are freed. */
    Change rollover(Instant now) {
        LocalDate today = state.calendar().businessDate(now);
        if (!today.isAfter(state.businessDate())) {
            return Change.NONE;
        }
        Change.Builder b = new Change.Builder().beginsDay(today);
        for (Ticket t : state.tickets()) {
            if (!t.status().isTerminal() && t.businessDate().isBefore(today)) {
                b.ticket(t.finished(TicketStatus.EXPIRED, now),
                        new TicketEvent(t.id(), Type.EXPIRED, now, t.window(), "system", "business day ended"));
            }
        }
        for (Window w : state.windows()) {
            if (w.current() != null) {
                b.window(w.withCurrent(null));
            }
        }
        return b.build();
    }
}
