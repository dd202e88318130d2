package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 效能监督: each finding once per episode, only during opening hours. */
class SupervisionTest {
    private final CoreFixture f = new CoreFixture(); // 09:00; windows 1 [HJ, SB], 2 [SB], 9 standby

    private List<String> check() {
        Change c = f.core.supervise(f.now, s -> 8.0);
        f.core.apply(c);
        return c.ledger().stream().map(e -> ((Notice) e).kind() + ":" + ((Notice) e).key().split(":")[1]).toList();
    }

    @Test
    void idleWindowsWhileCitizensWait_onceAnEpisode() {
        f.issue("SB");
        f.minutes(2);
        assertEquals(List.of(), check(), "idle only 2 minutes");
        f.minutes(1);
        assertEquals(List.of("IDLE_WHILE_WAITING:1", "IDLE_WHILE_WAITING:2"), check());
        assertEquals(List.of(), check(), "recorded once");
        f.act(2, WindowAction.CALL_NEXT);
        f.act(2, WindowAction.START);
        f.act(2, WindowAction.COMPLETE);
        f.issue("SB");
        f.minutes(3);
        assertEquals(List.of("IDLE_WHILE_WAITING:2"), check(), "a new episode for window 2 (window 1: same one)");
    }

    @Test
    void pausedTooLong_longService_andWaitsPastTheTarget() {
        f.ok(f.core.execute(new WindowCommand(2, WindowAction.PAUSE, null, null, null, null, null, "break", "t"), f.now));
        Ticket hj = f.issue("HJ");
        f.act(1, WindowAction.CALL_NEXT);
        f.act(1, WindowAction.START);
        f.issue("SB");
        f.minutes(11);
        assertEquals(List.of("OVER_TARGET:" + (hj.id() + 1)), check(), "SB's target is 10 minutes");
        f.minutes(13);
        assertEquals(List.of(), check(), "served 24 minutes: not past max(3 × 8, 8 + 15)");
        f.minutes(1);
        assertEquals(List.of("LONG_SERVICE:" + hj.id()), check());
        f.minutes(4);
        assertEquals(List.of(), check(), "paused 29 minutes");
        f.minutes(1);
        assertEquals(List.of("UNATTENDED:2"), check());
        assertEquals(List.of(), check());
    }

    @Test
    void nothingOutsideOpeningHours() {
        f.issue("SB");
        f.minutes(200); // 12:20, lunch
        assertEquals(List.of(), check());
    }
}
