package hallq.sim.crowd;

import hallq.controller.core.Outcome;
import hallq.protocol.config.PolicyConfig;
import hallq.protocol.config.PolicyConfig.PolicyMode;

/** Applies a scenario's policy overrides through the core, as a manager's PUT /policy would. */
final class SimPolicySetup {
    private final SimHall hall;

    SimPolicySetup(SimHall hall) {
        this.hall = hall;
    }

    void apply(Scenario.Policy p) {
        if (p == null) {
            return;
        }
        PolicyConfig now = hall.core.state().policy();
        PolicyMode mode = p.mode() == null ? now.mode() : PolicyMode.valueOf(p.mode().toUpperCase());
        if (mode == PolicyMode.APPROVAL) {
            throw new IllegalArgumentException("policy.mode: a simulation has no manager to approve; use AUTOMATIC or OFF");
        }
        PolicyConfig wanted = new PolicyConfig(mode, or(p.openWhenPredictedWaitOver(), now.openWhenPredictedWaitOver()),
                or(p.closeWhenBelow(), now.closeWhenBelow()), or(p.calmFor(), now.calmFor()),
                or(p.staffLeadTime(), now.staffLeadTime()), or(p.openWhenQueueLongerThan(), now.openWhenQueueLongerThan()),
                null, null, null, null);
        if (hall.core.changePolicy(wanted) instanceof Outcome.Rejected<?> r) {
            throw new IllegalArgumentException("policy: " + r.message());
        }
        hall.accept(hall.core.changePolicy(wanted), 0);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
