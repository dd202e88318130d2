package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.city.Handover;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 代办转报 deadlines: each missed one noted once at each hall, on that hall's clock; nothing after the step is done. */
class HandoverDeskTest {
    private final CoreFixture station = new CoreFixture(); // Monday 2026-11-23 09:00, Monday to Friday
    private final CoreFixture receiver = new CoreFixture();

    /** A citizen at the station's window 2, handed over to the district; the district takes the hub's copy. */
    private String handOver() {
        station.issue("SB");
        station.act(2, WindowAction.CALL_NEXT);
        station.act(2, WindowAction.START);
        HallHandover sent = station.ok(station.core.handOver(new HandoverSend(2, "district", "区政务服务中心", "SB", null,
                List.of("身份证复印件"), null, "station", "村便民服务站"), "token-handover-abcdefghij", "clerk:wang",
                station.now));
        receiver.core.apply(receiver.core.receiveHandovers(List.of(sent.handover().with(List.of(), 1)), "district",
                receiver.now));
        return sent.receipt();
    }

    private static List<HallHandover> overdue(CoreFixture f) {
        Change c = f.core.overdueHandovers(f.now);
        f.core.apply(c);
        return c.ledger().stream().map(HallHandover.class::cast).toList();
    }

    private static void at(Instant t, CoreFixture... halls) {
        for (CoreFixture f : halls) {
            f.advance(Duration.between(f.now, t));
        }
    }

    @Test
    void aMissedAcceptance_isNotedOnceAtEachHall_afterTheLastWorkingDay() {
        String receipt = handOver();
        HallHandover held = receiver.core.state().ledger().handover(receipt);
        assertEquals(CoreFixture.at(2026, 11, 26, 0, 0), held.handover().acceptDue(), "to the end of Wednesday");
        assertEquals(CoreFixture.at(2026, 12, 22, 0, 0), held.handover().resultDue(), "20 working days: Monday 21 December");

        at(CoreFixture.at(2026, 11, 25, 16, 0), station, receiver);
        assertEquals(List.of(), overdue(receiver), "Wednesday is still in time");
        at(CoreFixture.at(2026, 11, 26, 9, 0), station, receiver);
        List<HallHandover> late = overdue(receiver);
        assertEquals(1, late.size());
        assertEquals(HallHandover.OVERDUE, late.get(0).event().step());
        assertEquals(HallHandover.ACCEPT, late.get(0).event().detail());
        assertEquals("district", late.get(0).event().hall());
        assertEquals(Set.of(HallHandover.ACCEPT), receiver.core.state().ledger().handover(receipt).overdue());
        assertEquals(List.of(), overdue(receiver), "noted once");
        assertEquals(1, overdue(station).size(), "the station's citizen is waiting too");
        assertEquals(List.of(), overdue(station));
        assertEquals(Handover.RECEIVED, receiver.core.state().ledger().handover(receipt).handover().status(),
                "a note is not a step: the city-wide record is as it was");
    }

    @Test
    void aLateResult_isNoted_butNothingOnceItIsReadyOrReturned() {
        String receipt = handOver();
        receiver.ok(receiver.core.handover(receipt, "accept", null, "clerk:li", receiver.now));
        at(CoreFixture.at(2026, 12, 21, 17, 0), receiver);
        assertEquals(List.of(), overdue(receiver), "accepted in time; the result is due by the end of the day");
        at(CoreFixture.at(2026, 12, 22, 9, 0), receiver);
        assertEquals(List.of(HallHandover.RESULT), overdue(receiver).stream().map(h -> h.event().detail()).toList());
        receiver.ok(receiver.core.handover(receipt, "result", "PICKUP", "clerk:li", receiver.now));
        assertTrue(receiver.core.state().ledger().handover(receipt).handover().resultOverdue(receiver.now),
                "the result came late, and stays late in the record");

        String returned = handOver();
        receiver.ok(receiver.core.handover(returned, "return", "不属于本中心受理范围", "clerk:li", receiver.now));
        at(receiver.now.plus(Duration.ofDays(40)), receiver);
        assertEquals(List.of(), overdue(receiver), "a returned handover and a ready result: nothing left to act on");
    }
}
