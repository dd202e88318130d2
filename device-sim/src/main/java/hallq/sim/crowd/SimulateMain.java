package hallq.sim.crowd;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./hall simulate --scenario FILE [--seed N] [--out DIR]}: one simulated day, figures on disk. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulates a day of citizens against the real queue core (virtual time).")
public final class SimulateMain implements Callable<Integer> {
    @Option(names = "--scenario", required = true, description = "scenario YAML (see docs/prediction.md)")
    Path scenario;

    @Option(names = "--seed", description = "overrides the scenario's seed")
    Long seed;

    @Option(names = "--out", description = "output folder (default: sim-out/<scenario name>)")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulateMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ScenarioLoader.Loaded loaded = new ScenarioLoader().load(scenario);
        if (seed != null) {
            loaded = loaded.with(loaded.scenario().withSeed(seed));
        }
        long t0 = System.nanoTime();
        SimResult r = loaded.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path dir = out != null ? out : Path.of("sim-out", loaded.scenario().name());
        SimOutput.write(r, dir);
        SimResult.Summary s = r.summary();
        System.out.printf(Locale.ROOT, "%s seed %d: %d tickets, mean wait %.1f min, p90 %.1f min, %.1f%% within target, "
                        + "%.1f staff-hours, %d policy decisions%n", s.scenario(), s.seed(), s.tickets(),
                s.meanWaitMinutes(), s.p90WaitMinutes(), 100 * s.servedWithinTargetShare(), s.staffHours(),
                s.policyDecisions());
        var p = s.prediction();
        System.out.printf(Locale.ROOT, "prediction: RMSE %.2f min (floor %.2f), MAE %.2f, bias %+.2f, p90 coverage %.1f%%%n",
                p.rmseMinutes(), p.floorRmseMinutes(), p.maeMinutes(), p.biasMinutes(), 100 * p.p90Coverage());
        System.out.printf(Locale.ROOT, "simulated in %.2f s; wrote %s%n", seconds, dir.resolve("summary.json"));
        return 0;
    }
}
