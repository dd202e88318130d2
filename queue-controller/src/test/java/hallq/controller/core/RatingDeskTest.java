package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class RatingDeskTest {
    private final CoreFixture f = new CoreFixture();

    private Ticket served(String service, int window) {
        Ticket t = f.issue(service);
        f.act(window, WindowAction.CALL_NEXT);
        f.act(window, WindowAction.START);
        f.minutes(5);
        f.act(window, WindowAction.COMPLETE);
        return f.core.state().ticket(t.id());
    }

    private String rejection(Outcome<Rating> o) {
        return assertInstanceOf(Outcome.Rejected.class, o).message();
    }

    @Test
    void aServedTicketIsRatedOnce_tiedToWindowServiceAndClerk() {
        f.ok(f.core.execute(new WindowCommand(1, WindowAction.CLERK, null, null, null, "王*明", null, null, "t"), f.now));
        Ticket t = served("HJ", 1);
        Rating r = f.ok(f.core.rateByToken(t.token(), 4, "  办得很快 ", f.now));
        assertEquals(1, r.id());
        assertEquals(t.id(), r.ticketId());
        assertEquals("HJ", r.serviceId());
        assertEquals(1, r.window());
        assertEquals("王*明", r.clerk());
        assertEquals("办得很快", r.comment());
        assertEquals("满意", r.label());
        assertEquals(Rating.Source.WEB, r.source());
        assertEquals(r, f.core.state().ledger().ratingOf(t.id()));
        assertEquals("ticket A001 has already been rated", rejection(f.core.rateByToken(t.token(), 5, null, f.now)));
        assertEquals("ticket A001 has already been rated",
                rejection(f.core.rateAtWindow(1, "A001", 1, null, f.now)), "not by the evaluator either");
    }

    @Test
    void onlyServedTicketsAndScoresOneToFive() {
        Ticket waiting = f.issue("HJ");
        assertEquals("ticket A001 is WAITING: only a served ticket can be rated",
                rejection(f.core.rateByToken(waiting.token(), 5, null, f.now)));
        Ticket t = served("HJ", 1);
        assertEquals("score must be 1 (非常不满意) to 5 (非常满意), not 6", rejection(f.core.rateByToken(t.token(), 6, null, f.now)));
        assertEquals("score must be 1 (非常不满意) to 5 (非常满意), not 0", rejection(f.core.rateByToken(t.token(), 0, null, f.now)));
        assertEquals("comment is longer than 500 characters",
                rejection(f.core.rateByToken(t.token(), 3, "长".repeat(501), f.now)));
        assertEquals("no such ticket today", rejection(f.core.rateByToken("nope", 3, null, f.now)));
        assertEquals(null, f.core.state().ledger().ratingOf(t.id()), "nothing was recorded");
    }

    @Test
    void theEvaluatorRatesTheWindowsLastCitizen_orTheNumberItWasPrompted() {
        served("SB", 2);
        Ticket second = served("SB", 2);
        Rating r = f.ok(f.core.rateAtWindow(2, null, 1, null, f.now));
        assertEquals(second.id(), r.ticketId(), "the last one finished at that window");
        assertEquals(Rating.Source.EVALUATOR, r.source());
        assertEquals(true, r.isBad());
        assertEquals("ticket B001 was not served at window 1", rejection(f.core.rateAtWindow(1, "B001", 5, null, f.now)));
        Ticket first = f.core.state().ticketByNumber("B001");
        assertEquals(first.id(), f.ok(f.core.rateAtWindow(2, "b001", 5, null, f.now)).ticketId(), "as prompted");
        f.minutes(11);
        served("HJ", 1);
        f.minutes(11);
        assertEquals("window 1 has served nobody in the last 10 minutes", rejection(f.core.rateAtWindow(1, null, 5, null,
                f.now)));
        assertEquals("no window 7", rejection(f.core.rateAtWindow(7, null, 5, null, f.now)));
    }
}
