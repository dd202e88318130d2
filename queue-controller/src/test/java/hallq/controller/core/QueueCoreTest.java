package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.TicketStatus;
import hallq.protocol.WindowState;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueCoreTest {
    private final CoreFixture hall = new CoreFixture();

    @Test
    void issue_numbersPerServiceFromOne() {
        assertEquals("A001", hall.issue("HJ").number());
        assertEquals("A002", hall.issue("HJ").number());
        assertEquals("B001", hall.issue("SB").number());
    }

    @Test
    void issue_sameRequestIdTwice_returnsTheSameTicketAndChangesNothing() {
        Ticket first = hall.issue("HJ", Priority.NORMAL, "kiosk1-req-0001", null);
        Outcome<Ticket> retry = hall.issueOutcome("HJ", Priority.NORMAL, "kiosk1-req-0001", null);
        Outcome.Accepted<Ticket> a = assertInstanceOf(Outcome.Accepted.class, retry);
        assertEquals(first, a.value());
        assertTrue(a.change().isEmpty());
        assertEquals(1, hall.core.state().issuedToday("HJ"));
    }

    @Test
    void issue_sameRequestIdForAnotherService_isRejected() {
        hall.issue("HJ", Priority.NORMAL, "kiosk1-req-0001", null);
        Outcome<Ticket> o = hall.issueOutcome("SB", Priority.NORMAL, "kiosk1-req-0001", null);
        assertEquals(Outcome.Reason.CONFLICT, ((Outcome.Rejected<Ticket>) o).reason());
    }

    @Test
    void issue_requestIdOfAnEarlierDay_isAConflictNamingTheDay() {
        String token = "token-for-the-test-0001";
        Outcome<Ticket> o = hall.core.issue(new IssueCommand("HJ", Channel.KIOSK, Priority.NORMAL, "kiosk1-req-0009",
                LocalDate.of(2026, 11, 20), null, token, "test"), hall.now);
        Outcome.Rejected<Ticket> r = assertInstanceOf(Outcome.Rejected.class, o);
        assertEquals(Outcome.Reason.CONFLICT, r.reason());
        assertEquals("clientRequestId kiosk1-req-0009 was used on 2026-11-20; send a fresh one for a new ticket",
                r.message());
        Outcome<Ticket> today = hall.core.issue(new IssueCommand("HJ", Channel.KIOSK, Priority.NORMAL,
                "kiosk1-req-0009", hall.core.state().businessDate(), null, token, "test"), hall.now);
        assertInstanceOf(Outcome.Accepted.class, today, "used today (an earlier attempt of this request) is fine");
    }

    @Test
    void issue_overDailyCap_isRejectedWithTheCap() {
        for (int i = 0; i < 5; i++) {
            hall.issue("HJ");
        }
        Outcome.Rejected<Ticket> r = assertInstanceOf(Outcome.Rejected.class,
                hall.issueOutcome("HJ", Priority.NORMAL, null, null));
        assertEquals(Outcome.Reason.LIMIT, r.reason());
        assertTrue(r.message().contains("5"), r.message());
    }

    @Test
    void issue_overPerPersonCap_isRejected() {
        hall.issue("HJ", Priority.NORMAL, null, "person-hash-1");
        hall.issue("HJ", Priority.NORMAL, null, "person-hash-1");
        Outcome<Ticket> third = hall.issueOutcome("HJ", Priority.NORMAL, null, "person-hash-1");
        assertEquals(Outcome.Reason.PERSON_LIMIT, ((Outcome.Rejected<Ticket>) third).reason());
        hall.issue("HJ", Priority.NORMAL, null, "person-hash-2");
    }

    @Test
    void issue_outsideHours_isRejected() {
        hall.minutes(185); // 12:05, lunch break
        Outcome.Rejected<Ticket> r = assertInstanceOf(Outcome.Rejected.class,
                hall.issueOutcome("HJ", Priority.NORMAL, null, null));
        assertEquals(Outcome.Reason.CLOSED, r.reason());
        assertTrue(r.message().contains("09:00-12:00, 13:00-17:00"), r.message());
    }

    @Test
    void issue_unknownService_isNotFound() {
        Outcome<Ticket> o = hall.issueOutcome("XX", Priority.NORMAL, null, null);
        assertEquals(Outcome.Reason.NOT_FOUND, ((Outcome.Rejected<Ticket>) o).reason());
    }

    @Test
    void rollover_nextDay_restartsNumberingAndExpiresWaitingTickets() {
        Ticket old = hall.issue("HJ");
        hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        hall.now = hall.now.plus(Duration.ofDays(1));
        Change roll = hall.core.rollover(hall.now);
        assertEquals(2, roll.tickets().size());
        assertTrue(roll.tickets().stream().allMatch(t -> t.status() == TicketStatus.EXPIRED));
        hall.core.apply(roll);
        assertNull(hall.core.state().ticket(old.id()), "finished tickets of past days leave memory");
        assertNull(hall.window(1).current());
        assertEquals(0, hall.core.state().waiting("HJ"));
        Ticket fresh = hall.issue("HJ");
        assertEquals("A001", fresh.number());
        assertTrue(fresh.id() > old.id());
    }

    @Test
    void voidedTicket_keepsItsNumberUsed() {
        Ticket t = hall.issue("HJ");
        hall.ok(hall.core.voidTicket(t.token(), hall.now, "kiosk-1", "paper out"));
        assertEquals(TicketStatus.VOIDED, hall.core.state().ticket(t.id()).status());
        assertEquals("A002", hall.issue("HJ").number());
        assertEquals(0, hall.core.state().waiting("HJ") - 1);
    }

    @Test
    void lifecycle_callStartComplete_recordsEachStep() {
        Ticket t = hall.issue("HJ");
        hall.minutes(3);
        Ticket called = hall.act(1, WindowAction.CALL_NEXT);
        assertEquals(t.id(), called.id());
        assertEquals(TicketStatus.CALLED, called.status());
        assertEquals(1, called.window());
        assertEquals(t.id(), hall.window(1).current());
        assertEquals(TicketStatus.SERVING, hall.act(1, WindowAction.START).status());
        assertEquals(TicketStatus.DONE, hall.act(1, WindowAction.COMPLETE).status());
        assertNull(hall.window(1).current());
    }

    @Test
    void complete_neverCalled_isRejectedAndChangesNothing() {
        hall.issue("HJ");
        Outcome<Ticket> o = hall.attempt(WindowCommand.of(1, WindowAction.COMPLETE, "test"));
        assertEquals(Outcome.Reason.CONFLICT, ((Outcome.Rejected<Ticket>) o).reason());
        assertEquals(1, hall.core.state().waiting("HJ"));
    }

    @Test
    void callNext_whileServing_completesThenCalls() {
        Ticket a = hall.issue("HJ");
        Ticket b = hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        hall.act(1, WindowAction.START);
        Ticket next = hall.act(1, WindowAction.CALL_NEXT);
        assertEquals(b.id(), next.id());
        assertEquals(TicketStatus.DONE, hall.core.state().ticket(a.id()).status());
    }

    @Test
    void callNext_whileCalledNotArrived_isRejected() {
        hall.issue("HJ");
        hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        Outcome<Ticket> o = hall.attempt(WindowCommand.of(1, WindowAction.CALL_NEXT, "test"));
        assertInstanceOf(Outcome.Rejected.class, o);
    }

    @Test
    void callNext_nobodyWaiting_acceptsWithNoTicket() {
        assertNull(hall.act(1, WindowAction.CALL_NEXT));
    }

    @Test
    void recall_countsCalls_andNoShowEndsIt() {
        hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        assertEquals(2, hall.act(1, WindowAction.RECALL).callCount());
        assertEquals(TicketStatus.NO_SHOW, hall.act(1, WindowAction.NO_SHOW).status());
        assertNull(hall.window(1).current());
    }

    @Test
    void noShow_whileServing_isRejected() {
        hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        hall.act(1, WindowAction.START);
        assertInstanceOf(Outcome.Rejected.class, hall.attempt(WindowCommand.of(1, WindowAction.NO_SHOW, "t")));
    }

    @Test
    void transfer_toAnotherService_keepsThePlaceOfTheOriginalTicket() {
        Ticket early = hall.issue("HJ");
        hall.minutes(5);
        Ticket b1 = hall.issue("SB");
        hall.act(1, WindowAction.CALL_NEXT); // takes A001 (waited longer relative to target)
        hall.ok(hall.attempt(new WindowCommand(1, WindowAction.TRANSFER, null, "SB", null, null, null, null, "t")));
        Ticket moved = hall.core.state().ticket(early.id());
        assertEquals("SB", moved.serviceId());
        assertEquals(TicketStatus.WAITING, moved.status());
        assertEquals("A001", moved.number());
        Ticket next = hall.act(2, WindowAction.CALL_NEXT);
        assertEquals(early.id(), next.id(), "transferred citizen keeps the earlier place, ahead of " + b1.number());
    }

    @Test
    void transfer_toAWindow_onlyThatWindowCallsIt() {
        Ticket t = hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        hall.ok(hall.attempt(new WindowCommand(1, WindowAction.TRANSFER, null, null, 2, null, null, null, "t")));
        assertNull(hall.act(1, WindowAction.CALL_NEXT));
        assertEquals(t.id(), hall.act(2, WindowAction.CALL_NEXT).id());
    }

    @Test
    void postponeAndBringBack_returnsToOriginalPlace() {
        Ticket a = hall.issue("HJ");
        hall.minutes(1);
        Ticket b = hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        hall.act(1, WindowAction.POSTPONE);
        assertEquals(TicketStatus.POSTPONED, hall.core.state().ticket(a.id()).status());
        hall.ok(hall.attempt(new WindowCommand(1, WindowAction.BRING_BACK, "A001", null, null, null, null, null, "t")));
        assertEquals(a.id(), hall.act(1, WindowAction.CALL_NEXT).id());
        assertEquals(TicketStatus.WAITING, hall.core.state().ticket(b.id()).status());
    }

    @Test
    void callTicket_outOfOrder_andNotTwice() {
        hall.issue("HJ");
        Ticket second = hall.issue("HJ");
        Ticket called = hall.ok(hall.attempt(new WindowCommand(1, WindowAction.CALL, "a002", null, null, null, null, null, "t")));
        assertEquals(second.id(), called.id());
        Outcome<Ticket> again = hall.attempt(new WindowCommand(9, WindowAction.CALL, "A002", null, null, null, null, null, "t"));
        assertInstanceOf(Outcome.Rejected.class, again);
    }

    @Test
    void pause_withCitizenAtWindow_isRejected_thenPausedWindowCallsNobody() {
        hall.issue("HJ");
        hall.act(1, WindowAction.CALL_NEXT);
        assertInstanceOf(Outcome.Rejected.class, hall.attempt(WindowCommand.of(1, WindowAction.PAUSE, "t")));
        hall.act(1, WindowAction.COMPLETE);
        hall.act(1, WindowAction.PAUSE);
        assertEquals(WindowState.PAUSED, hall.window(1).state());
        hall.issue("HJ");
        assertInstanceOf(Outcome.Rejected.class, hall.attempt(WindowCommand.of(1, WindowAction.CALL_NEXT, "t")));
        hall.act(1, WindowAction.RESUME);
        assertEquals(TicketStatus.CALLED, hall.act(1, WindowAction.CALL_NEXT).status());
    }

    @Test
    void standbyWindow_startsClosed_andOpens() {
        assertEquals(WindowState.CLOSED, hall.window(9).state());
        hall.ok(hall.attempt(new WindowCommand(9, WindowAction.OPEN, null, null, null, "李四", null, null, "manager")));
        assertEquals(WindowState.OPEN, hall.window(9).state());
        assertEquals("李四", hall.window(9).clerk());
    }

    @Test
    void skills_changeLive_andUnknownServiceIsRejected() {
        hall.ok(hall.attempt(new WindowCommand(2, WindowAction.SKILLS, null, null, null, null, List.of("HJ"), null, "m")));
        Ticket t = hall.issue("HJ");
        assertEquals(t.id(), hall.act(2, WindowAction.CALL_NEXT).id());
        Outcome<Ticket> bad = hall.attempt(new WindowCommand(2, WindowAction.SKILLS, null, null, null, null, List.of("XX"), null, "m"));
        assertEquals(Outcome.Reason.NOT_FOUND, ((Outcome.Rejected<Ticket>) bad).reason());
    }

    @Test
    void unknownWindow_isNotFound() {
        Outcome<Ticket> o = hall.attempt(WindowCommand.of(77, WindowAction.CALL_NEXT, "t"));
        assertEquals(Outcome.Reason.NOT_FOUND, ((Outcome.Rejected<Ticket>) o).reason());
    }

    @Test
    void rejectedCommand_leavesStateUnchanged() {
        Ticket t = hall.issue("HJ");
        Window before = hall.window(1);
        hall.attempt(WindowCommand.of(1, WindowAction.START, "t"));
        assertSame(before, hall.window(1));
        assertEquals(t, hall.core.state().ticket(t.id()));
    }
}
