package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 差评工单: a bad rating opens one; deadlines in working days; accept, return, extend, finish, overdue. */
class WorkOrderDeskTest {
    private final CoreFixture f = new CoreFixture(); // Monday 2026-11-23, no calendar: Monday to Friday

    private WorkOrder badRating(int score) {
        Ticket t = f.issue("SB");
        f.act(2, WindowAction.CALL_NEXT);
        f.act(2, WindowAction.START);
        f.act(2, WindowAction.COMPLETE);
        Outcome<Rating> o = f.core.rateByToken(t.token(), score, "等了很久", f.now);
        Outcome.Accepted<Rating> a = assertInstanceOf(Outcome.Accepted.class, o);
        f.core.apply(a.change());
        return f.core.state().ledger().workOrderOfRating(a.value().id());
    }

    private WorkOrder step(WorkOrder w, String action, String text, Integer days) {
        return f.ok(f.core.workOrder(w.id(), action, text, days, "manager:li", f.now));
    }

    private String rejection(WorkOrder w, String action, String text, Integer days) {
        return assertInstanceOf(Outcome.Rejected.class, f.core.workOrder(w.id(), action, text, days, "m", f.now)).message();
    }

    private void days(int n) {
        f.advance(Duration.ofDays(n));
        f.core.apply(f.core.overdueWorkOrders(f.now));
    }

    @Test
    void onlyBadRatingsOpenAWorkOrder_dueInWorkingDays() {
        assertNull(badRating(3), "基本满意 opens nothing");
        WorkOrder w = badRating(2);
        assertEquals(WorkOrder.Status.OPEN, w.status());
        assertEquals(LocalDate.of(2026, 11, 23), w.dispatchedOn());
        assertEquals(LocalDate.of(2026, 11, 25), w.acceptDue(), "2 working days");
        assertEquals(LocalDate.of(2026, 11, 30), w.finishDue(), "5 working days, over the weekend");
        assertEquals("等了很久", w.comment());
        assertEquals(2, w.window());
        assertEquals(WorkOrder.Event.OPENED, w.event());
    }

    @Test
    void acceptExtendFinish_withinTheLimits() {
        WorkOrder w = badRating(1);
        assertEquals("work order 1 is OPEN; accept it first", rejection(w, "finish", "done", null));
        w = step(w, "accept", "张科长", null);
        assertEquals("张科长", w.handler());
        assertEquals("work order 1 is ACCEPTED; only an open one is accepted", rejection(w, "accept", null, null));
        w = step(w, "extend", "需要调取档案", 10);
        assertEquals(LocalDate.of(2026, 12, 14), w.finishDue(), "5 + 10 working days");
        assertEquals("extensions are at most 15 working days in all; 5 are left", rejection(w, "extend", "more", 6));
        assertEquals("say why the work order needs more time", rejection(w, "extend", " ", 2));
        assertEquals("record what was done (整改情况) and the reply to the citizen", rejection(w, "finish", "", null));
        w = step(w, "finish", "已约谈窗口人员并回访群众", null);
        assertEquals(WorkOrder.Status.FINISHED, w.status());
        assertEquals(List.of(), f.core.state().ledger().openWorkOrders());
        assertEquals("unknown work-order action 'close' (accept, return, redispatch, extend, finish)",
                rejection(w, "close", null, null));
    }

    @Test
    void missedDeadlinesAreNotedOnceEach() {
        WorkOrder w = badRating(2);
        days(2); // Wednesday: the last day to accept
        assertEquals(false, f.core.state().ledger().workOrder(w.id()).acceptOverdue());
        days(1);
        WorkOrder late = f.core.state().ledger().workOrder(w.id());
        assertEquals(true, late.acceptOverdue());
        assertEquals(WorkOrder.Event.ACCEPT_OVERDUE, late.event());
        assertEquals(List.of(), f.core.overdueWorkOrders(f.now).ledger(), "noted once");
        step(late, "accept", null, null);
        days(4); // Monday 30th is the finish day; Tuesday is late
        assertEquals(false, f.core.state().ledger().workOrder(w.id()).finishOverdue());
        days(1);
        assertEquals(WorkOrder.Event.FINISH_OVERDUE, f.core.state().ledger().workOrder(w.id()).event());
    }

    @Test
    void aMisroutedOrderIsReturnedWithinTwoWorkingDays_andRedispatchedAfresh() {
        WorkOrder w = badRating(2);
        assertEquals("say why the work order is returned", rejection(w, "return", null, null));
        days(1);
        w = step(w, "return", "属于不动产中心职责", null);
        assertEquals(WorkOrder.Status.RETURNED, w.status());
        days(2);
        w = step(f.core.state().ledger().workOrder(w.id()), "redispatch", "转不动产中心", null);
        assertEquals(WorkOrder.Status.OPEN, w.status());
        assertEquals(LocalDate.of(2026, 11, 26), w.dispatchedOn());
        assertEquals(LocalDate.of(2026, 11, 30), w.acceptDue(), "deadlines start again");
        WorkOrder other = badRating(1);
        days(3); // dispatched Thursday 26th; Friday and Monday are its 2 working days, Tuesday is too late
        days(2);
        assertEquals("a work order is returned within 2 working days of dispatch (by 2026-11-30); accept and handle it "
                + "instead", rejection(other, "return", "不是我们的", null));
    }
}
