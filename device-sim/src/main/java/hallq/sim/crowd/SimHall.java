package hallq.sim.crowd;

import hallq.controller.core.Change;
import hallq.controller.core.HallState;
import hallq.controller.core.Outcome;
import hallq.controller.core.QueueCore;
import hallq.controller.core.WaitPredictor;
import hallq.controller.core.Window;
import hallq.controller.core.WindowPolicy;
import hallq.protocol.WindowState;
import hallq.protocol.config.HallConfig;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real queue core as the controller drives it, without SQLite: plan, then apply, then learn.
 * Also keeps the staff-hours (minutes each window spends open or paused).
 */
final class SimHall {
    final QueueCore core;
    final WaitPredictor predictor;
    final WindowPolicy policy;
    private final Map<Integer, Double> openSince = new HashMap<>();
    private double staffMinutes;
    private int decisions;

    /** {@code history}: earlier service times per service (minutes, oldest first), as a restarted hall keeps them. */
    SimHall(HallConfig config, Instant start, Map<String, List<Double>> history) {
        HallState state = QueueCore.freshState(config, List.of(), false, start);
        core = new QueueCore(state);
        predictor = new WaitPredictor(core, history);
        policy = new WindowPolicy(core, predictor);
        state.windows().stream().filter(w -> w.state() != WindowState.CLOSED).forEach(w -> openSince.put(w.number(), 0.0));
    }

    /** Applies an accepted outcome; a rejection is a bug in the simulation, so it fails loudly. */
    <T> T accept(Outcome<T> o, double minute) {
        if (o instanceof Outcome.Rejected<T> r) {
            throw new IllegalStateException("the core refused a simulated action: " + r.message());
        }
        Outcome.Accepted<T> a = (Outcome.Accepted<T>) o;
        apply(a.change(), minute);
        return a.value();
    }

    void apply(Change change, double minute) {
        core.apply(change);
        predictor.learn(change);
        decisions += change.decisions().size();
        for (Window w : change.windows()) {
            boolean staffed = w.state() != WindowState.CLOSED;
            if (staffed) {
                openSince.putIfAbsent(w.number(), minute);
            } else if (openSince.containsKey(w.number())) {
                staffMinutes += minute - openSince.remove(w.number());
            }
        }
    }

    double staffHours(double end) {
        double open = openSince.values().stream().mapToDouble(since -> end - since).sum();
        return (staffMinutes + open) / 60;
    }

    int decisions() {
        return decisions;
    }
}
