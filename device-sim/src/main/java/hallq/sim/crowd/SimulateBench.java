package hallq.sim.crowd;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench simulate}: simulated citizens per second of CPU over repetitions of a day
 * (default the district day with the window-opening policy), one seed per repetition. CPU is the
 * simulating thread's (ThreadMXBean); the whole process's (JIT, GC) is printed beside it.
 */
@Command(name = "bench simulate", mixinStandardHelpOptions = true,
        description = "Simulated citizens per second of CPU (figures in docs/performance.md).")
public final class SimulateBench implements Callable<Integer> {
    @Option(names = "--scenario", description = "scenario YAML (default: ${DEFAULT-VALUE})")
    Path scenario = Path.of("scenarios/district-day-policy.yml");

    @Option(names = "--runs", description = "measured days, seeds 1..N (default: ${DEFAULT-VALUE})")
    int runs = 20;

    @Option(names = "--warmup", description = "days simulated first and not counted (default: ${DEFAULT-VALUE})")
    int warmup = 10;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new SimulateBench()).execute(args));
    }

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--runs must be ≥ 1 and --warmup ≥ 0");
        }
        ScenarioLoader.Loaded loaded = new ScenarioLoader().load(scenario);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup; i++) {
            loaded.with(loaded.scenario().withSeed(1000 + i)).run();
        }
        double[] rates = new double[runs];
        long citizens = 0;
        long threadNanos = 0;
        long processStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            SimResult r = loaded.with(loaded.scenario().withSeed(i + 1)).run();
            long cpu = threads.getCurrentThreadCpuTime() - t0;
            int n = r.summary().tickets();
            citizens += n;
            threadNanos += cpu;
            rates[i] = n / (cpu / 1e9);
            System.out.printf(Locale.ROOT, "run %2d (seed %d): %,d citizens in %.3f s CPU = %,.0f citizens/s%n", i + 1,
                    i + 1, n, cpu / 1e9, rates[i]);
        }
        double processSeconds = (os.getProcessCpuTime() - processStart) / 1e9;
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%s: %d runs, %,d citizens; simulating thread %,.0f citizens per CPU second "
                        + "(median run %,.0f, slowest %,.0f); whole process %,.0f per CPU second; %,.0f per wall second%n",
                loaded.scenario().name(), runs, citizens, citizens / (threadNanos / 1e9), rates[runs / 2], rates[0],
                citizens / processSeconds, citizens / wallSeconds);
        return 0;
    }
}
