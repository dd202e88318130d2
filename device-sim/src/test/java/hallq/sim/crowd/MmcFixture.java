package hallq.sim.crowd;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The M/M/5 scenario of scenarios/mmc.yml, stretched to a long stationary run for statistics. */
final class MmcFixture {
    static final double RATE_PER_HOUR = 33;
    static final double MEAN_SERVICE = 8;
    static final int WINDOWS = 5;
    static final int HOURS = 100;
    static final double WARM_UP_MINUTES = 5 * 60;

    private MmcFixture() {
    }

    static ScenarioLoader.Loaded shipped() {
        return new ScenarioLoader().load(Path.of("../scenarios/mmc.yml"));
    }

    static SimResult longRun(long seed) {
        ScenarioLoader.Loaded l = shipped();
        Scenario s = l.scenario();
        Scenario.Demand d = new Scenario.Demand(Collections.nCopies(HOURS, RATE_PER_HOUR),
                s.services().get("HJ").serviceTime());
        Scenario longer = new Scenario(s.name(), s.hall(), s.date(), s.from(), seed, Map.of("HJ", d),
                s.citizens(), s.staffing(), s.policy(), s.routing());
        return l.with(longer).run();
    }

    /** Citizens who arrived after the warm-up (the queue starts empty). */
    static List<Citizen> steady(SimResult r) {
        return r.citizens().stream().filter(c -> c.arrival >= WARM_UP_MINUTES && c.wasCalled()).toList();
    }
}
