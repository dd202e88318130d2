package hallq.sim.crowd;

import hallq.controller.core.Routing;
import hallq.protocol.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall simulate --scenario FILE [--seed N] [--out DIR]}: one simulated day, figures on disk;
 * {@code --seeds FROM-TO}: the same day over a range of seeds, figures pooled and printed.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulates a day of citizens against the real queue core (virtual time).")
public final class SimulateMain implements Callable<Integer> {
    @Option(names = "--scenario", required = true, description = "scenario YAML (see docs/prediction.md)")
    Path scenario;

    @Option(names = "--seed", description = "overrides the scenario's seed")
    Long seed;

    @Option(names = "--seeds", description = "FROM-TO: simulate every seed in the range and print pooled figures "
            + "(writes no files)")
    String seeds;

    @Option(names = "--routing", description = "overrides the scenario's routing rule: RELATIVE_URGENCY "
            + "(the core's) or FIRST_COME_FIRST_SERVED")
    Routing.Rule routing;

    @Option(names = "--out", description = "output folder (default: sim-out/<scenario name>)")
    Path out;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new SimulateMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded;
        try {
            loaded = new ScenarioLoader().load(scenario);
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage());
            return 2;
        }
        if (routing != null) {
            loaded = loaded.with(loaded.scenario().withRouting(routing));
        }
        if (seeds != null) {
            return sweep(loaded);
        }
        if (seed != null) {
            loaded = loaded.with(loaded.scenario().withSeed(seed));
        }
        long t0 = System.nanoTime();
        SimResult r = loaded.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path dir = out != null ? out : Path.of("sim-out", loaded.scenario().name());
        SimOutput.write(r, dir);
        SimResult.Summary s = r.summary();
        System.out.println(line(s));
        var p = s.prediction();
        System.out.printf(Locale.ROOT, "prediction: RMSE %.2f min (floor %.2f, head-of-line %.2f, last-to-enter-service %.2f), "
                        + "MAE %.2f, bias %+.2f, p90 coverage %.1f%%%n", p.rmseMinutes(), p.floorRmseMinutes(),
                p.holRmseMinutes(), p.lesRmseMinutes(), p.maeMinutes(), p.biasMinutes(), 100 * p.p90Coverage());
        System.out.printf(Locale.ROOT, "simulated in %.2f s; wrote summary.json, citizens.csv and charts to %s%n", seconds, dir);
        return 0;
    }

    private int sweep(ScenarioLoader.Loaded loaded) {
        String[] range = seeds.split("-", 2);
        long from;
        long to;
        try {
            from = Long.parseLong(range[0].trim());
            to = range.length == 2 ? Long.parseLong(range[1].trim()) : from;
        } catch (NumberFormatException e) {
            System.err.println("simulate: --seeds takes FROM-TO, like 11-40");
            return 2;
        }
        if (from < 0 || to < from || to - from >= 10_000) {
            System.err.println("simulate: --seeds takes FROM-TO with 0 ≤ FROM ≤ TO and at most 10,000 seeds");
            return 2;
        }
        List<SimResult> days = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            SimResult r = loaded.with(loaded.scenario().withSeed(s)).run();
            days.add(r);
            System.out.println(line(r.summary()));
        }
        double[] within = days.stream().mapToDouble(r -> r.summary().servedWithinTargetShare()).toArray();
        System.out.printf(Locale.ROOT, "%s, seeds %d-%d: within target mean %.2f%% (worst seed %.2f%%), staff-hours "
                        + "mean %.1f, mean wait %.2f min%n", loaded.scenario().name(), from, to,
                100 * Arrays.stream(within).average().orElseThrow(), 100 * Arrays.stream(within).min().orElseThrow(),
                days.stream().mapToDouble(r -> r.summary().staffHours()).average().orElseThrow(),
                days.stream().mapToDouble(r -> r.summary().meanWaitMinutes()).average().orElseThrow());
        StringBuilder shares = new StringBuilder("over target by service (s.e.):");
        OverTarget.byService(days).forEach((service, e) -> shares.append(String.format(Locale.ROOT, " %s %.2f%% (%.2f)",
                service, 100 * e.value(), 100 * e.standardError())));
        System.out.println(shares);
        PredictionStats p = PredictionStats.of(days);
        Estimate hol = p.mseRatioToHeadOfLine();
        Estimate les = p.mseRatioToLastToEnterService();
        Estimate cover = p.p90Coverage();
        System.out.printf(Locale.ROOT, "prediction over %,d citizens: RMSE %.2f min (optimal %.2f); head-of-line %.2f "
                        + "(%.1f%% lower, s.e. of the MSE ratio %.3f), last-to-enter-service %.2f (%.1f%% lower, s.e. %.3f); "
                        + "p90 coverage %.2f%% ± %.2f (s.e.) of %,d predicted to wait%n", p.citizens(), p.rmse(),
                p.floorRmse(), p.holRmse(), 100 * (1 - Math.sqrt(hol.value())), hol.standardError(), p.lesRmse(),
                100 * (1 - Math.sqrt(les.value())), les.standardError(), 100 * cover.value(),
                100 * cover.standardError(), p.predictedToWait());
        StringBuilder hours = new StringBuilder("bias by hour of arrival, min (s.e.):");
        for (int h = 0; h < p.hours(); h++) {
            Estimate b = p.hourlyBias(h);
            hours.append(Double.isNaN(b.value()) ? " -" : String.format(Locale.ROOT, " %+.2f (%.2f)", b.value(),
                    b.standardError()));
        }
        System.out.println(hours);
        return 0;
    }

    private static String line(SimResult.Summary s) {
        return String.format(Locale.ROOT, "%s seed %d: %d tickets, mean wait %.1f min, p90 %.1f min, %.2f%% within "
                        + "target, %.1f staff-hours, %d policy decisions", s.scenario(), s.seed(), s.tickets(),
                s.meanWaitMinutes(), s.p90WaitMinutes(), 100 * s.servedWithinTargetShare(), s.staffHours(),
                s.policyDecisions());
    }
}
