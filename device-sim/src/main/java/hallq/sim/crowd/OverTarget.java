package hallq.sim.crowd;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each service, the share of its citizens who waited longer than the service's target (one who
 * gave up counts as over), pooled over simulated days with the day as the unit.
 */
public final class OverTarget {
    private OverTarget() {
    }

    public static Map<String, Estimate> byService(List<SimResult> days) {
        Map<String, Estimate> shares = new TreeMap<>();
        counts(days).forEach((service, k) -> shares.put(service, Estimate.ratioOfSums(k[0], k[1])));
        return shares;
    }

    /** Per service: {citizens over target per day, citizens per day}. */
    static Map<String, double[][]> counts(List<SimResult> days) {
        Map<String, double[][]> counts = new TreeMap<>();
        for (int d = 0; d < days.size(); d++) {
            SimResult r = days.get(d);
            for (Citizen c : r.citizens()) {
                double[][] k = counts.computeIfAbsent(c.serviceId, s -> new double[2][days.size()]);
                k[0][d] += over(c, r.target(c.serviceId)) ? 1 : 0;
                k[1][d]++;
            }
        }
        return counts;
    }

    static boolean over(Citizen c, double targetMinutes) {
        return !c.wasCalled() || c.waitMinutes() > targetMinutes + 1e-9;
    }
}
