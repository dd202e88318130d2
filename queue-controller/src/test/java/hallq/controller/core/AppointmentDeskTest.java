package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Appointments on the core: slots and quotas, per-person caps, check-in windows, no-shows. */
class AppointmentDeskTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private final CoreFixture f = new CoreFixture(); // Monday 2026-11-23 09:00
    private int codes;

    private Outcome<Appointment> book(String service, LocalDate day, String slot, String person) {
        codes++;
        return f.core.book(service, day, LocalTime.parse(slot), Person.of(person), null, "CODE" + codes + "XYZ",
                "appointment-token-" + codes + "-abcdef", Quotas.Demand.NONE, f.now);
    }

    private String rejection(Outcome<?> o) {
        return ((Outcome.Rejected<?>) assertInstanceOf(Outcome.Rejected.class, o)).message();
    }

    private Outcome.Reason reason(Outcome<?> o) {
        return ((Outcome.Rejected<?>) assertInstanceOf(Outcome.Rejected.class, o)).reason();
    }

    @Test
    void quotasFollowCapacityDemandAndNoShows() {
        assertEquals(3, Quotas.propose(10, 0.3, Quotas.Demand.NONE));
        assertEquals(4, Quotas.propose(10, 0.3, new Quotas.Demand(0.25, 0.5, 20)), "no-shows are booked over");
        assertEquals(3, Quotas.propose(10, 0.3, new Quotas.Demand(0.6, 0.5, 20)) - 1, "the no-show rate counts up to 30%");
        assertEquals(3, Quotas.propose(10, 0.3, new Quotas.Demand(0, 0.95, 20)), "full slots: +20% (3.6)");
        assertEquals(2, Quotas.propose(10, 0.3, new Quotas.Demand(0, 0.1, 20)), "empty slots: -20% (2.4)");
        assertEquals(8, Quotas.propose(10, 1.0, Quotas.Demand.NONE), "on-site tickets keep 20% at least");
        assertEquals(5.625, Quotas.capacity(1.5, 30, 8), 1e-9);
    }

    @Test
    void slotsCoverTheOpeningHours_withQuotasFromTheWindowsThatServe() {
        List<QueueCore.Slot> slots = f.ok(f.core.slots("SB", TUESDAY, Quotas.Demand.NONE));
        assertEquals(14, slots.size(), "09:00-12:00 and 13:00-17:00 in half hours");
        assertEquals(LocalTime.of(9, 0), slots.get(0).start());
        assertEquals(LocalTime.of(16, 30), slots.get(13).start());
        // SB: window 2 alone (1) + window 1 shared with HJ (1/2) = 1.5 windows; 30 min / 8 min; 80% share
        assertEquals(4, slots.get(0).quota());
        assertEquals(1, f.ok(f.core.slots("HJ", TUESDAY, Quotas.Demand.NONE)).get(0).quota(), "standby windows don't count");
        assertEquals(List.of(), f.ok(f.core.slots("SB", LocalDate.of(2026, 11, 28), Quotas.Demand.NONE)), "Saturday");
        assertEquals("unknown service 'XX'", rejection(f.core.slots("XX", TUESDAY, Quotas.Demand.NONE)));
    }

    @Test
    void bookingChecksDatesSlotsQuotasAndPerPersonCaps() {
        Appointment a = f.ok(book("SB", TUESDAY, "10:00", "person-1"));
        assertEquals(Appointment.Status.BOOKED, a.status());
        assertEquals(LocalTime.of(10, 30), a.slotEnd());
        assertEquals(4, a.slotQuota());
        assertEquals("this person already has an appointment for this service on 2026-11-24",
                rejection(book("SB", TUESDAY, "14:00", "person-1")));
        f.ok(book("HJ", TUESDAY, "10:00", "person-1"));
        f.ok(book("SB", TUESDAY.plusDays(1), "10:00", "person-1"));
        assertEquals("one person may hold 3 appointments at a time; cancel one first",
                rejection(book("SB", TUESDAY.plusDays(2), "10:00", "person-1")));
        for (int i = 2; i <= 4; i++) {
            f.ok(book("SB", TUESDAY, "10:00", "person-" + i));
        }
        assertEquals(Outcome.Reason.LIMIT, reason(book("SB", TUESDAY, "10:00", "person-5")), "4 of 4 booked");
        assertEquals("no appointments: 2026-11-28 is a weekend day", rejection(book("SB", LocalDate.of(2026, 11, 28),
                "10:00", "person-5")));
        assertEquals(Outcome.Reason.INVALID, reason(book("SB", TUESDAY.plusDays(8), "10:00", "person-5")));
        assertEquals(Outcome.Reason.INVALID, reason(book("SB", TUESDAY.minusDays(2), "10:00", "person-5")));
        assertEquals("no slot starts at 10:10; slots start at [09:00, 09:30, 10:00, 10:30, 11:00, 11:30, 13:00, 13:30, "
                + "14:00, 14:30, 15:00, 15:30, 16:00, 16:30]", rejection(book("SB", TUESDAY, "10:10", "person-5")));
        assertEquals("the slot 09:00 has already begun; take a ticket on site",
                rejection(book("SB", f.core.state().businessDate(), "09:00", "person-5")));
        assertEquals("idNumber is required to book", rejection(book("SB", TUESDAY, "11:00", null)));
    }

    @Test
    void checkInWithinTheWindowGivesAPriorityTicket_onceOnly() {
        LocalDate today = f.core.state().businessDate();
        Appointment a = f.ok(book("SB", today, "10:00", "person-1"));
        assertEquals("check-in for the 10:00 appointment opens at 09:30",
                rejection(f.core.checkIn(a.code(), null, "kiosk-1-req-0001", null, "ticket-token-0001-abcdef", "k", f.now)));
        f.minutes(33);
        Ticket earlier = f.issue("SB");
        f.minutes(2);
        Ticket t = f.ok(f.core.checkIn(a.code().toLowerCase(), null, "kiosk-1-req-0001", null, "ticket-token-0001-abcdef",
                "k", f.now));
        assertEquals(Priority.APPOINTMENT, t.priority());
        assertEquals(Channel.APPOINTMENT, t.channel());
        assertEquals(Appointment.Status.CHECKED_IN, f.core.state().ledger().appointmentByCode(a.code()).status());
        assertEquals(t.id(), f.core.state().ledger().appointmentByCode(a.code()).ticketId());
        assertEquals(t, f.ok(f.core.checkIn(a.code(), null, "kiosk-1-req-0001", null, "ticket-token-0002-abcdef", "k", f.now)),
                "a retry gets the same ticket");
        assertEquals("already checked in: ticket B002",
                rejection(f.core.checkIn(a.code(), null, "kiosk-1-req-0002", null, "ticket-token-0003-abcdef", "k", f.now)));
        assertEquals(t.id(), f.act(2, WindowAction.CALL_NEXT).id(), "called before a walk-in who came a little earlier");
        assertEquals(TicketStatus.WAITING, f.core.state().ticket(earlier.id()).status());
    }

    @Test
    void checkInByIdCard_lateAndNoShow_andCancelFreesTheSlot() {
        LocalDate today = f.core.state().businessDate();
        Appointment early = f.ok(book("SB", today, "09:30", "person-1"));
        Appointment late = f.ok(book("HJ", today, "10:00", "person-2"));
        Appointment cancelled = f.ok(book("HJ", today, "11:00", "person-3"));
        assertEquals(1, f.ok(f.core.slots("HJ", today, Quotas.Demand.NONE)).get(4).booked());
        f.ok(f.core.cancelAppointment(cancelled.token(), f.now));
        assertEquals(0, f.ok(f.core.slots("HJ", today, Quotas.Demand.NONE)).get(4).booked(), "freed");
        assertEquals("the appointment is CANCELLED and cannot be cancelled",
                rejection(f.core.cancelAppointment(cancelled.token(), f.now)));
        f.minutes(10);
        Ticket byCard = f.ok(f.core.checkIn(null, Person.of("person-1"), null, null, "ticket-token-0004-abcdef", "k", f.now));
        assertEquals(early.id(), f.core.state().ledger().appointmentByCode(early.code()).id());
        assertEquals(byCard.id(), f.core.state().ledger().appointmentByCode(early.code()).ticketId());
        assertEquals("no appointment today for this ID card",
                rejection(f.core.checkIn(null, Person.of("person-9"), null, null, "ticket-token-0005-abcdef", "k", f.now)));
        assertEquals(Outcome.Reason.NOT_FOUND,
                reason(f.core.checkIn(late.code(), Person.of("person-9"), null, null, "ticket-token-0005-abcdef", "k", f.now)),
                "a code with someone else's card");
        f.minutes(66); // 10:16
        assertEquals(Outcome.Reason.TOO_LATE,
                reason(f.core.checkIn(late.code(), null, null, null, "ticket-token-0006-abcdef", "k", f.now)));
        Change expiry = f.core.expireAppointments(f.now);
        f.core.apply(expiry);
        assertEquals(Appointment.Status.NO_SHOW, f.core.state().ledger().appointmentByCode(late.code()).status());
        assertEquals(1, expiry.ledger().size(), "only the late one");
        assertEquals(1, f.ok(f.core.slots("HJ", today, Quotas.Demand.NONE)).get(2).booked(), "a no-show used its slot");
    }

    @Test
    void managersOverrideAQuota_andCanReturnToTheProposal() {
        SlotQuota q = f.ok(f.core.setQuota("SB", TUESDAY, LocalTime.of(9, 0), 10, "manager:li", f.now));
        assertEquals(10, q.quota());
        QueueCore.Slot s = f.ok(f.core.slots("SB", TUESDAY, Quotas.Demand.NONE)).get(0);
        assertEquals(10, s.quota());
        assertEquals(4, s.proposed());
        f.ok(f.core.setQuota("SB", TUESDAY, LocalTime.of(9, 0), null, "manager:li", f.now));
        assertEquals(4, f.ok(f.core.slots("SB", TUESDAY, Quotas.Demand.NONE)).get(0).quota());
        assertEquals("quota must be 0 to 1000", rejection(f.core.setQuota("SB", TUESDAY, LocalTime.of(9, 0), -1, "m", f.now)));
        assertEquals("no slot starts at 09:10",
                rejection(f.core.setQuota("SB", TUESDAY, LocalTime.of(9, 10), 3, "m", f.now)));
    }
}
