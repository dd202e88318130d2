package hallq.sim.crowd;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a simulated day produced: the citizens and the figures of {@code summary.json}. */
public final class SimResult {
    private final Scenario scenario;
    private final List<Citizen> citizens;
    private final Summary summary;
    private final Map<String, Integer> targets;
    private final Timeline timeline;

    /** The day in figures; minutes unless named otherwise. NaN where nothing was measured. */
    public record Summary(String scenario, long seed, int tickets, int served, int noShows, int abandoned,
                          double meanWaitMinutes, double p90WaitMinutes, double maxWaitMinutes,
                          double servedWithinTargetShare, Map<String, Double> overTargetShareByService,
                          double staffHours, int policyDecisions,
                          double dayMinutes, PredictionQuality prediction) {
    }

    /**
     * Predicted (at the ticket's issue) against actual waits of citizens who were called.
     * {@code floorRmseMinutes}: the same queue-length predictor with the true mean service time;
     * {@code holRmseMinutes}, {@code lesRmseMinutes}: the head-of-line and last-to-enter-service
     * baselines on the same citizens.
     */
    public record PredictionQuality(int n, double rmseMinutes, double maeMinutes, double biasMinutes,
                                    double p90Coverage, double floorRmseMinutes, double holRmseMinutes,
                                    double lesRmseMinutes) {
    }

    SimResult(Scenario scenario, Map<String, Integer> targets, List<Citizen> citizens, double staffHours,
              int decisions, double end, Timeline timeline) {
        this.scenario = scenario;
        this.timeline = timeline;
        this.targets = Map.copyOf(targets);
        this.citizens = List.copyOf(citizens);
        List<Citizen> called = citizens.stream().filter(Citizen::wasCalled).toList();
        double[] waits = called.stream().mapToDouble(Citizen::waitMinutes).sorted().toArray();
        long withinTarget = citizens.stream().filter(c -> !OverTarget.over(c, target(c))).count();
        this.summary = new Summary(scenario.name(), scenario.seed() == null ? 1 : scenario.seed(), citizens.size(),
                count(Citizen.Outcome.SERVED), count(Citizen.Outcome.NO_SHOW), count(Citizen.Outcome.ABANDONED),
                Arrays.stream(waits).average().orElse(Double.NaN), quantile(waits, 0.9),
                waits.length == 0 ? Double.NaN : waits[waits.length - 1],
                citizens.isEmpty() ? Double.NaN : (double) withinTarget / citizens.size(), overTargetByService(),
                staffHours, decisions, end, quality(called));
    }

    private Map<String, Double> overTargetByService() {
        Map<String, Double> shares = new TreeMap<>();
        citizens.stream().collect(Collectors.groupingBy(c -> c.serviceId)).forEach((service, cs) -> shares.put(service,
                (double) cs.stream().filter(c -> OverTarget.over(c, target(c))).count() / cs.size()));
        return shares;
    }

    private double target(Citizen c) {
        return targets.get(c.serviceId);
    }

    private int count(Citizen.Outcome o) {
        return (int) citizens.stream().filter(c -> c.outcome == o).count();
    }

    private static PredictionQuality quality(List<Citizen> called) {
        List<Citizen> known = called.stream().filter(c -> !Double.isNaN(c.predictedMean)).toList();
        double se = 0;
        double ae = 0;
        double bias = 0;
        double floorSe = 0;
        double holSe = 0;
        double lesSe = 0;
        int covered = 0;
        for (Citizen c : known) {
            double err = c.predictedMean - c.waitMinutes();
            se += err * err;
            ae += Math.abs(err);
            bias += err;
            double floorErr = c.floorMean - c.waitMinutes();
            floorSe += floorErr * floorErr;
            holSe += sq(c.holMean - c.waitMinutes());
            lesSe += sq(c.lesMean - c.waitMinutes());
            covered += c.waitMinutes() <= c.predictedP90 + 1e-9 ? 1 : 0;
        }
        int n = known.size();
        return new PredictionQuality(n, Math.sqrt(se / n), ae / n, bias / n, (double) covered / n,
                Math.sqrt(floorSe / n), Math.sqrt(holSe / n), Math.sqrt(lesSe / n));
    }

    private static double sq(double x) {
        return x * x;
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    public Summary summary() {
        return summary;
    }

    List<Citizen> citizens() {
        return citizens;
    }

    Scenario scenario() {
        return scenario;
    }

    Timeline timeline() {
        return timeline;
    }

    int target(String serviceId) {
        return targets.get(serviceId);
    }
}
