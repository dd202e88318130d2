package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.WindowState;
import hallq.protocol.config.PolicyConfig;
import hallq.protocol.config.PolicyConfig.PolicyMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WindowPolicyTest {
    private final CoreFixture hall = new CoreFixture();
    private final WaitPredictor predictor = new WaitPredictor(hall.core);
    private final WindowPolicy policy = new WindowPolicy(hall.core, predictor);

    private void settings(PolicyMode mode) {
        hall.ok(hall.core.changePolicy(new PolicyConfig(mode, Duration.ofMinutes(10), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofMinutes(5), 0, null, null, null, null)));
    }

    private Change tick() {
        Change c = policy.plan(hall.now);
        hall.core.apply(c);
        return c;
    }

    @Test
    void plan_waitOverThreshold_opensStandbyAfterLeadTimeAndClosesWhenCalm() {
        settings(PolicyMode.AUTOMATIC);
        for (int i = 0; i < 5; i++) {
            hall.issue("HJ");
        }
        Change first = tick();
        assertEquals(PolicyDecision.Status.SCHEDULED, first.decisions().get(0).status());
        assertEquals(9, first.decisions().get(0).window());
        assertEquals(WindowState.CLOSED, hall.window(9).state(), "not before staff arrive");
        assertTrue(tick().decisions().isEmpty(), "no second decision while one is pending");
        hall.minutes(5);
        tick();
        assertEquals(WindowState.OPEN, hall.window(9).state());
        for (int i = 0; i < 5; i++) {
            hall.act(i % 2 == 0 ? 1 : 9, WindowAction.CALL_NEXT);
            hall.act(i % 2 == 0 ? 1 : 9, WindowAction.COMPLETE);
        }
        tick();
        assertEquals(WindowState.OPEN, hall.window(9).state(), "calm must last calmFor first");
        hall.minutes(11);
        tick();
        hall.minutes(1);
        tick();
        assertEquals(WindowState.CLOSED, hall.window(9).state());
    }

    @Test
    void plan_approvalMode_onlyProposesUntilApproved() {
        settings(PolicyMode.APPROVAL);
        for (int i = 0; i < 5; i++) {
            hall.issue("HJ");
        }
        PolicyDecision proposal = tick().decisions().get(0);
        assertEquals(PolicyDecision.Status.PROPOSED, proposal.status());
        hall.minutes(10);
        tick();
        assertEquals(WindowState.CLOSED, hall.window(9).state());
        hall.ok(hall.core.approveProposal(proposal.id(), "manager", hall.now));
        hall.minutes(5);
        tick();
        assertEquals(WindowState.OPEN, hall.window(9).state());
    }

    @Test
    void plan_off_decidesNothing() {
        settings(PolicyMode.OFF);
        for (int i = 0; i < 5; i++) {
            hall.issue("HJ");
        }
        assertTrue(tick().decisions().isEmpty());
    }
}
