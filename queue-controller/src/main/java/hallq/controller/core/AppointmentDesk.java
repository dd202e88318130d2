package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.INVALID;
import static hallq.controller.core.Outcome.Reason.LIMIT;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;
import static hallq.controller.core.Outcome.Reason.PERSON_LIMIT;
import static hallq.controller.core.Outcome.Reason.TOO_EARLY;
import static hallq.controller.core.Outcome.Reason.TOO_LATE;

import hallq.controller.core.Appointment.Status;
import hallq.controller.core.AppointmentSlots.Slot;
import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.config.AppointmentConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Appointments (预约): booking a slot of the {@link AppointmentSlots} table with per-person caps,
 * cancelling, managers' slot quotas, check-in at the kiosk (a priority ticket), and no-shows once
 * check-in has closed.
 */
final class AppointmentDesk {
    /** What a booking needs; {@code code} and {@code token} are drawn at random by the caller. */
    record Booking(String serviceId, LocalDate date, LocalTime slot, Person person, String phone, String code,
                   String token) {
    }

    private final HallState state;
    private final TicketDesk tickets;
    private final AppointmentSlots slots;

    AppointmentDesk(HallState state, TicketDesk tickets, AppointmentSlots slots) {
        this.state = state;
        this.tickets = tickets;
        this.slots = slots;
    }

    private AppointmentConfig rules() {
        return state.appointmentRules();
    }

    Outcome<Appointment> book(Booking b, Quotas.Demand demand, Instant now) {
        if (b.person() == null) {
            return Outcome.rejected(INVALID, "idNumber is required to book");
        }
        if (b.date() == null || b.slot() == null) {
            return Outcome.rejected(INVALID, "date and slot are required");
        }
        LocalDate today = state.businessDate();
        if (b.date().isBefore(today) || b.date().isAfter(today.plusDays(rules().bookAheadDays()))) {
            return Outcome.rejected(INVALID, "appointments can be booked from today up to "
                    + rules().bookAheadDays() + " days ahead (" + today.plusDays(rules().bookAheadDays()) + ")");
        }
        String closed = slots.closedReason(b.date());
        if (closed != null && slots.bookablePeriods(b.date(), b.serviceId()).isEmpty()) {
            return Outcome.rejected(CONFLICT, "no appointments: " + closed);
        }
        Outcome<List<Slot>> table = slots.slots(b.serviceId(), b.date(), demand);
        if (!(table instanceof Outcome.Accepted<List<Slot>> accepted)) {
            Outcome.Rejected<List<Slot>> r = (Outcome.Rejected<List<Slot>>) table;
            return Outcome.rejected(r.reason(), r.message());
        }
        Slot slot = accepted.value().stream().filter(s -> s.start().equals(b.slot())).findFirst().orElse(null);
        if (slot == null) {
            return Outcome.rejected(INVALID, "no slot starts at " + b.slot() + "; slots start at "
                    + accepted.value().stream().map(s -> s.start().toString()).toList());
        }
        if (b.date().equals(today) && !LocalDateTime.of(b.date(), slot.start()).isAfter(localNow(now))) {
            return Outcome.rejected(CONFLICT, "the slot " + slot.start() + " has already begun; take a ticket on site");
        }
        if (slot.available() == 0) {
            return Outcome.rejected(LIMIT, "the slot " + slot.start() + "-" + slot.end() + " on " + b.date()
                    + " is fully booked");
        }
        List<Appointment> active = state.ledger().activeOf(b.person());
        if (active.size() >= rules().perPersonActive()) {
            return Outcome.rejected(PERSON_LIMIT, "one person may hold " + rules().perPersonActive()
                    + " appointments at a time; cancel one first");
        }
        Person.City city = b.person().city();
        if (city.activeAppointments() > 0 && city.appointmentsHeld() >= 0
                && active.size() + city.appointmentsHeld() >= city.activeAppointments()) {
            return Outcome.rejected(PERSON_LIMIT, "one person may hold " + city.activeAppointments()
                    + " appointments at a time at all of the city's halls together; cancel one first");
        }
        if (active.stream().anyMatch(a -> a.serviceId().equals(b.serviceId()) && a.date().equals(b.date()))) {
            return Outcome.rejected(PERSON_LIMIT, "this person already has an appointment for this service on " + b.date());
        }
        if (state.ledger().appointmentByCode(b.code()) != null || state.ledger().appointmentByToken(b.token()) != null) {
            return Outcome.rejected(CONFLICT, "please try again");
        }
        String phone = b.phone() == null || b.phone().isBlank() ? null : b.phone().strip();
        if (phone != null && !phone.matches("\\+?[0-9 -]{5,20}")) {
            return Outcome.rejected(INVALID, "phone must be 5-20 digits");
        }
        Appointment a = new Appointment(state.ledger().nextAppointmentId(), b.code(), b.token(), b.serviceId(), b.date(),
                slot.start(), rules().slotMinutes(), b.person().key(), phone, Status.BOOKED, now, now, null, slot.quota());
        return Outcome.accepted(a, Change.ofLedger(List.of(a)));
    }

    Outcome<Appointment> cancel(String token, Instant now) {
        Appointment a = state.ledger().appointmentByToken(token);
        if (a == null) {
            return Outcome.rejected(NOT_FOUND, "no such appointment");
        }
        if (a.status() != Status.BOOKED) {
            return Outcome.rejected(CONFLICT, "the appointment is " + a.status() + " and cannot be cancelled");
        }
        Appointment cancelled = a.with(Status.CANCELLED, now, null);
        return Outcome.accepted(cancelled, Change.ofLedger(List.of(cancelled)));
    }

    /**
     * Check-in at a kiosk by code or by the ID number's key: within the check-in window the citizen
     * gets a ticket with the appointment's priority. A retry with the same request id gets the same ticket.
     */
    Outcome<Ticket> checkIn(String code, Person person, String requestId, LocalDate requestUsedOn,
                            String ticketToken, String actor, Instant now) {
        if (requestId != null) {
            Ticket earlier = state.ticketByRequest(requestId);
            if (earlier != null) {
                return earlier.channel() == Channel.APPOINTMENT ? Outcome.accepted(earlier, Change.NONE)
                        : Outcome.rejected(CONFLICT, "clientRequestId " + requestId + " was used for another ticket");
            }
        }
        Appointment a;
        if (code != null && !code.isBlank()) {
            a = state.ledger().appointmentByCode(code);
            if (a == null || (person != null && !person.is(a.personKey()))) {
                return Outcome.rejected(NOT_FOUND, "no appointment with code " + code.trim().toUpperCase());
            }
        } else if (person != null) {
            a = forPerson(person, now);
            if (a == null) {
                return Outcome.rejected(NOT_FOUND, "no appointment today for this ID card");
            }
        } else {
            return Outcome.rejected(INVALID, "give the appointment code or read the ID card");
        }
        LocalDate today = state.businessDate();
        switch (a.status()) {
            case CHECKED_IN -> {
                Ticket t = a.ticketId() == null ? null : state.ticket(a.ticketId());
                return Outcome.rejected(CONFLICT, "already checked in" + (t == null ? "" : ": ticket " + t.number()));
            }
            case CANCELLED -> {
                return Outcome.rejected(CONFLICT, "the appointment was cancelled");
            }
            case NO_SHOW -> {
                return Outcome.rejected(TOO_LATE, "check-in for the " + a.slotStart() + " appointment closed at "
                        + a.slotStart().plusMinutes(rules().lateMinutes()) + "; please take a ticket on site");
            }
            default -> {
            }
        }
        if (a.date().isAfter(today)) {
            return Outcome.rejected(TOO_EARLY, "the appointment is for " + a.date() + " " + a.slotStart());
        }
        LocalDateTime local = localNow(now);
        LocalDateTime opens = LocalDateTime.of(a.date(), a.slotStart()).minusMinutes(rules().earlyMinutes());
        LocalDateTime closes = LocalDateTime.of(a.date(), a.slotStart()).plusMinutes(rules().lateMinutes());
        if (local.isBefore(opens)) {
            return Outcome.rejected(TOO_EARLY, "check-in for the " + a.slotStart() + " appointment opens at "
                    + opens.toLocalTime());
        }
        if (local.isAfter(closes) || a.date().isBefore(today)) {
            return Outcome.rejected(TOO_LATE, "check-in for the " + a.slotStart() + " appointment closed at "
                    + closes.toLocalTime() + "; please take a ticket on site");
        }
        Outcome<Ticket> issued = tickets.issue(new IssueCommand(a.serviceId(), Channel.APPOINTMENT, Priority.APPOINTMENT,
                requestId, requestUsedOn, Person.of(a.personKey()), ticketToken, actor), now);
        if (!(issued instanceof Outcome.Accepted<Ticket> ok)) {
            return issued;
        }
        Appointment done = a.with(Status.CHECKED_IN, now, ok.value().id());
        return Outcome.accepted(ok.value(), new Change.Builder().merge(ok.change()).ledger(done).build());
    }

    /** Of a person's booked appointments today, the one whose check-in is open, else the next one. */
    private Appointment forPerson(Person person, Instant now) {
        LocalDate today = state.businessDate();
        LocalTime t = localNow(now).toLocalTime();
        return state.ledger().appointments().stream()
                .filter(a -> person.is(a.personKey()) && a.date().equals(today))
                .filter(a -> a.status() == Status.BOOKED || a.status() == Status.CHECKED_IN)
                .min(Comparator.comparing((Appointment a) -> a.status() != Status.BOOKED)
                        .thenComparing(a -> Math.abs(Duration.between(a.slotStart(), t).toMinutes())))
                .orElse(null);
    }

    /** Booked appointments whose check-in has closed become no-shows. */
    Change expire(Instant now) {
        LocalDateTime local = localNow(now);
        Change.Builder b = new Change.Builder();
        for (Appointment a : state.ledger().appointments()) {
            if (a.status() == Status.BOOKED && LocalDateTime.of(a.date(), a.slotStart())
                    .plusMinutes(rules().lateMinutes()).isBefore(local)) {
                b.ledger(a.with(Status.NO_SHOW, now, null));
            }
        }
        return b.build();
    }

    Outcome<SlotQuota> setQuota(String serviceId, LocalDate date, LocalTime slot, Integer quota, String actor,
                                Instant now) {
        Outcome<List<Slot>> table = slots.slots(serviceId, date, Quotas.Demand.NONE);
        if (table instanceof Outcome.Rejected<List<Slot>> r) {
            return Outcome.rejected(r.reason(), r.message());
        }
        List<Slot> list = ((Outcome.Accepted<List<Slot>>) table).value();
        if (list.isEmpty()) {
            return Outcome.rejected(CONFLICT, "no appointments on " + date + ": "
                    + Objects.requireNonNullElse(slots.closedReason(date), "no opening hours"));
        }
        if (list.stream().noneMatch(s -> s.start().equals(slot))) {
            return Outcome.rejected(INVALID, "no slot starts at " + slot);
        }
        if (quota != null && (quota < 0 || quota > 1000)) {
            return Outcome.rejected(INVALID, "quota must be 0 to 1000");
        }
        SlotQuota q = new SlotQuota(serviceId, date, slot, quota, actor, now);
        return Outcome.accepted(q, Change.ofLedger(List.of(q)));
    }

    private LocalDateTime localNow(Instant now) {
        return LocalDateTime.ofInstant(now, state.calendar().zone());
    }
}
