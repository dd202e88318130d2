package hallq.sim.crowd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.core.Routing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The core's routing by relative urgency against plain first-come-first-served, on ten windows
 * shared by services with targets of 10, 20 and 40 minutes (scenarios/shared-windows-day.yml),
 * over forty days. Both rules see the same citizens on each day (same seed), so the comparison is
 * paired by day; the day is the statistical unit.
 */
class RoutingComparisonTest {
    private static final int SEEDS = 40;
    private static final double T_95 = 2.023; // Student t, 39 degrees of freedom, two-sided 95 %

    private static List<SimResult> days(Routing.Rule rule) {
        ScenarioLoader.Loaded day = new ScenarioLoader().load(Path.of("../scenarios/shared-windows-day.yml"));
        List<SimResult> days = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            days.add(day.with(day.scenario().withSeed(seed).withRouting(rule)).run());
        }
        return days;
    }

    @Test
    void routing_sharedWindowsWithDifferentTargets_worstServiceOverTargetAtLeastThirtyPercentLowerThanFcfs() {
        Map<String, double[][]> urgency = OverTarget.counts(days(Routing.Rule.RELATIVE_URGENCY));
        Map<String, double[][]> fcfs = OverTarget.counts(days(Routing.Rule.FIRST_COME_FIRST_SERVED));
        String worstFcfs = fcfs.keySet().stream()
                .max((a, b) -> Double.compare(share(fcfs.get(a)), share(fcfs.get(b)))).orElseThrow();
        double[] fcfsWorst = perDayShare(fcfs.get(worstFcfs));
        for (String service : urgency.keySet()) {
            assertEquals(sum(urgency.get(service)[1]), sum(fcfs.get(service)[1]), "the same citizens under both rules");
            Estimate ratio = Estimate.ratioOfSums(perDayShare(urgency.get(service)), fcfsWorst);
            assertTrue(ratio.upper(T_95) <= 0.7, String.format("%s over target %.4f under relative urgency, "
                            + "worst under FCFS %s %.4f: ratio %.3f ± %.3f (s.e.)", service, share(urgency.get(service)),
                    worstFcfs, share(fcfs.get(worstFcfs)), ratio.value(), ratio.standardError()));
        }
    }

    /** Each day's count over target as a share of the service's citizens over all days (sums to the pooled share). */
    private static double[] perDayShare(double[][] k) {
        double citizens = sum(k[1]);
        return Arrays.stream(k[0]).map(over -> over / citizens).toArray();
    }

    private static double share(double[][] k) {
        return sum(k[0]) / sum(k[1]);
    }

    private static double sum(double[] xs) {
        return Arrays.stream(xs).sum();
    }
}
