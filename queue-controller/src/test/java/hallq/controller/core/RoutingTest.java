package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final CoreFixture hall = new CoreFixture();

    @Test
    void callNext_greenChannelWaiting_servesItFirst() {
        hall.issue("HJ");
        hall.minutes(10);
        Ticket green = hall.issue("HJ", Priority.GREEN_CHANNEL, null, null);
        assertEquals(green.id(), hall.act(1, WindowAction.CALL_NEXT).id());
    }

    @Test
    void callNext_comparesWaitRelativeToEachServiceTarget() {
        Ticket hj = hall.issue("HJ"); // target 20: 12 min = 0.6 targets
        hall.minutes(4);
        Ticket sb = hall.issue("SB"); // target 10: 8 min = 0.8 targets
        hall.minutes(8);
        assertEquals(sb.id(), hall.act(1, WindowAction.CALL_NEXT).id());
        hall.act(1, WindowAction.COMPLETE);
        assertEquals(hj.id(), hall.act(1, WindowAction.CALL_NEXT).id());
    }

    @Test
    void firstComeFirstServed_ignoresTargets_picksTheEarliest_whileTheCoreKeepsRelativeUrgency() {
        Ticket hj = hall.issue("HJ"); // target 20
        hall.minutes(4);
        Ticket sb = hall.issue("SB"); // target 10: more urgent after 8 more minutes
        hall.minutes(8);
        Routing routing = new Routing(hall.core.state());
        assertEquals(hj.id(), routing.pick(hall.window(1), hall.now, Routing.Rule.FIRST_COME_FIRST_SERVED).id());
        assertEquals(sb.id(), routing.pick(hall.window(1), hall.now, Routing.Rule.RELATIVE_URGENCY).id());
        assertEquals(sb.id(), hall.core.peekNext(1, hall.now).id());
    }

    @Test
    void upcoming_listsTheTicketsInTheOrderTheWindowWillCallThem() {
        hall.issue("HJ");
        hall.minutes(3);
        hall.issue("SB");
        hall.issue("HJ", Priority.GREEN_CHANNEL, null, null);
        hall.minutes(5);
        hall.issue("SB");
        hall.issue("HJ");
        List<Long> expected = new ArrayList<>();
        List<Long> listed = hall.core.upcoming(1, hall.now, 3).stream().map(Ticket::id).toList();
        for (int i = 0; i < 4; i++) {
            Ticket t = hall.act(1, WindowAction.CALL_NEXT);
            expected.add(t.id());
            hall.act(1, WindowAction.START);
        }
        assertEquals(expected.subList(0, 3), listed);
        assertTrue(hall.core.upcoming(99, hall.now, 3).isEmpty());
    }

    @Test
    void callNext_equalUrgency_prefersTheWindowsFirstSkill() {
        Ticket sb = hall.issue("SB");
        Ticket hj = hall.issue("HJ");
        // both just issued: urgency 0 each; window 1 lists HJ first
        assertEquals(hj.id(), hall.act(1, WindowAction.CALL_NEXT).id());
        assertEquals(sb.id(), hall.act(2, WindowAction.CALL_NEXT).id());
    }

    @Test
    void callNext_steadyStreamOfGreenChannel_doesNotStarveANormalTicket() {
        Ticket normal = hall.issue("SB");
        Set<Long> called = new HashSet<>();
        for (int minute = 0; minute < 150 && !called.contains(normal.id()); minute += 5) {
            hall.issue("SB", Priority.GREEN_CHANNEL, null, null);
            Ticket t = hall.act(2, WindowAction.CALL_NEXT);
            called.add(t.id());
            hall.act(2, WindowAction.COMPLETE);
            hall.minutes(5);
        }
        assertTrue(called.contains(normal.id()), "the normal ticket was called in the end");
        long waited = Duration.between(normal.issuedAt(), hall.core.state().ticket(normal.id()).calledAt()).toMinutes();
        assertTrue(waited <= 3 * 10 + 5, "bounded by the green head start (3 targets), waited " + waited);
    }

    @Test
    void twoWindows_neverGetTheSameTicket() {
        for (int i = 0; i < 3; i++) {
            hall.issue("SB");
        }
        Ticket a = hall.act(1, WindowAction.CALL_NEXT);
        Ticket b = hall.act(2, WindowAction.CALL_NEXT);
        assertTrue(a.id() != b.id());
    }
}
