package hallq.city.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant T9 = Instant.parse("2026-12-02T01:00:00Z"); // 09:00 in the hall
    private final Rollup rollup = new Rollup("tianhe", ZONE);
    private long seq;

    private void add(Instant at, CityFact fact) {
        rollup.add(new CityEvent(++seq, at, DAY, fact));
    }

    private static CityFact.TicketStep step(String step, int calls, Instant issued, Instant called, Instant started,
                                            Instant finished) {
        return new CityFact.TicketStep(1, "A001", step, "HJ", step.equals("ISSUED") ? null : 5, "KIOSK", "NORMAL", calls,
                issued, called, started, finished);
    }

    @Test
    void aVisit_countsItsIssueInItsHourAndItsWaitAtItsFirstCallOnly() {
        Instant called = T9.plusSeconds(3600 + 7 * 60); // 10:07, waited 67 min
        Instant started = called.plusSeconds(60);
        Instant done = started.plusSeconds(8 * 60);
        add(T9, step("ISSUED", 0, T9, null, null, null));
        add(called, step("CALLED", 1, T9, called, null, null));
        add(called.plusSeconds(30), step("RECALLED", 2, T9, called, null, null));
        add(called.plusSeconds(45), step("CALLED", 3, T9, called.plusSeconds(45), null, null)); // not a first call
        add(started, step("STARTED", 3, T9, called, started, null));
        add(done, step("COMPLETED", 3, T9, called, started, done));

        Rollup.Counts nine = rollup.hours().get(new Rollup.Key("tianhe", DAY, 9, "HJ", 0));
        assertEquals(1, nine.issued);
        Rollup.Counts ten = rollup.hours().get(new Rollup.Key("tianhe", DAY, 10, "HJ", 5));
        assertEquals(1, ten.firstCalls);
        assertEquals(67 * 60_000L, ten.waitedMs);
        assertEquals(1, ten.served);
        assertEquals(8 * 60_000L, ten.serviceMs);
        assertEquals(1, rollup.waits().get(new Rollup.WaitKey("tianhe", DAY, "HJ", 67)));
        add(T9.plusSeconds(7200), step("ISSUED", 0, T9.plusSeconds(7200), null, null, null)); // 11:00
        assertEquals(2, rollup.days().get(new Rollup.DayKey("tianhe", DAY, "HJ", 0)).issued, "a day is its hours summed");
        assertEquals(67 * 60_000L, rollup.days().get(new Rollup.DayKey("tianhe", DAY, "HJ", 5)).waitedMs);
    }

    @Test
    void ratingsWorkOrdersNoticesAndAppointments_landOnTheirServiceWindowAndDay() {
        add(T9, new CityFact.RatingGiven(1, 1, "HJ", 5, 2, "EVALUATOR"));
        add(T9, new CityFact.WorkOrderStep(1, 1, "HJ", 5, 2, "OPENED", "OPEN", DAY, DAY.plusDays(3), false, false));
        add(T9, new CityFact.WorkOrderStep(1, 1, "HJ", 5, 2, "FINISH_OVERDUE", "ACCEPTED", DAY, DAY.plusDays(3), false, true));
        add(T9, new CityFact.NoticeRaised(1, "OVER_TARGET", "HJ", null, 1L));
        add(T9, new CityFact.AppointmentStep(1, "HJ", DAY.plusDays(1), LocalTime.of(14, 30), "BOOKED"));
        Rollup.Counts at5 = rollup.hours().get(new Rollup.Key("tianhe", DAY, 9, "HJ", 5));
        assertEquals(1, at5.ratings);
        assertEquals(2, at5.ratingSum);
        assertEquals(1, at5.badRatings);
        assertArrayEquals(new int[] {0, 1, 0, 0, 0}, at5.byScore, "a 2 (不满意) counts at its level");
        add(T9, new CityFact.RatingGiven(2, 2, "HJ", 5, 5, "QR_CODE"));
        assertArrayEquals(new int[] {0, 1, 0, 0, 1}, rollup.days().get(new Rollup.DayKey("tianhe", DAY, "HJ", 5)).byScore);
        assertEquals(1, at5.workOrders);
        assertEquals(1, at5.workOrdersLate);
        assertEquals(1, rollup.hours().get(new Rollup.Key("tianhe", DAY, 9, "HJ", 0)).notices);
        assertEquals(1, rollup.hours().get(new Rollup.Key("tianhe", DAY.plusDays(1), 14, "HJ", 0)).booked,
                "an appointment counts on its own day and slot");
        assertTrue(rollup.waits().isEmpty());
    }

    @Test
    void aWindowsOpenTime_runsFromOpenToPause_splitOverItsHours_acrossBatches_andStopsAtMidnight() {
        add(T9.plusSeconds(30 * 60), new CityFact.WindowStep(5, "OPENED")); // 09:30
        add(T9.plusSeconds(90 * 60), new CityFact.WindowStep(5, "PAUSED")); // 10:30
        add(T9.plusSeconds(100 * 60), new CityFact.WindowStep(5, "RESUMED")); // 10:40
        add(T9.plusSeconds(100 * 60), new CityFact.WindowStep(5, "CLERK_CHANGED"));
        assertEquals(Map.of(5, T9.plusSeconds(100 * 60)), rollup.openSince(), "open at the batch's end");
        long ms = 60_000L;
        assertEquals(30 * ms, rollup.hours().get(new Rollup.Key("tianhe", DAY, 9, "", 5)).openMs);
        assertEquals(30 * ms, rollup.hours().get(new Rollup.Key("tianhe", DAY, 10, "", 5)).openMs);

        Rollup next = new Rollup("tianhe", ZONE, rollup.openSince()); // the next batch of the hall
        next.add(new CityEvent(++seq, T9.plusSeconds(150 * 60), DAY, new CityFact.WindowStep(5, "CLOSED"))); // 11:30
        assertEquals(20 * ms, next.hours().get(new Rollup.Key("tianhe", DAY, 10, "", 5)).openMs, "10:40 to 11:00");
        assertEquals(30 * ms, next.hours().get(new Rollup.Key("tianhe", DAY, 11, "", 5)).openMs);
        assertTrue(next.openSince().isEmpty());

        Rollup night = new Rollup("tianhe", ZONE, Map.of(7, Instant.parse("2026-12-02T15:00:00Z"))); // 23:00
        night.add(new CityEvent(++seq, Instant.parse("2026-12-03T01:00:00Z"), DAY.plusDays(1),
                new CityFact.WindowStep(7, "CLOSED"))); // 09:00 the next morning
        assertEquals(60 * ms, night.days().values().stream().mapToLong(c -> c.openMs).sum(),
                "left open overnight: counted until midnight only");

        Rollup tickets = new Rollup("tianhe", ZONE);
        Instant called = T9.plusSeconds(600);
        tickets.add(new CityEvent(++seq, called.plusSeconds(540), DAY, step("COMPLETED", 1, T9, called, called.plusSeconds(60),
                called.plusSeconds(540))));
        tickets.add(new CityEvent(++seq, called.plusSeconds(840), DAY, step("NO_SHOW", 2, T9, called.plusSeconds(720), null,
                null)));
        assertEquals(11 * ms, tickets.days().values().stream().mapToLong(c -> c.busyMs).sum(),
                "busy from each call to its end: 9 min served, 2 min waiting for one who did not come");
    }
}
