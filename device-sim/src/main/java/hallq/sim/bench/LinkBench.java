package hallq.sim.bench;

import hallq.city.app.Hub;
import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.controller.app.Controller;
import hallq.controller.service.CityRelay;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.sim.demo.LinkProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench link}: does the hall notice the city? One real controller sends its outbox to a
 * real hub through a link that is, in turn, up, down (the hub stopped: connections refused), dropping
 * every packet (connections held, nothing answered: the relay learns only by its timeouts) and up
 * again; in each phase a kiosk's ticket issues go on at a steady pace and their latency (the
 * writer's acknowledgement, as a kiosk waits for it) is printed side by side (docs/performance.md).
 */
@Command(name = "bench link", mixinStandardHelpOptions = true)
public final class LinkBench implements Callable<Integer> {
    private static final String PASSWORD = "a bench password 1";

    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");
    @Option(names = "--per-phase", description = "tickets issued in each phase (default: ${DEFAULT-VALUE})")
    int perPhase = 600;
    @Option(names = "--rate", description = "tickets per second (default: ${DEFAULT-VALUE})")
    int rate = 40;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LinkBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HallConfig hallConfig = new HallConfigLoader().load(config);
        Path dir = Files.createTempDirectory("hallq-link-bench");
        Hub hub = Hub.start(HubDatabase.privateCluster(dir.resolve("hub")), "127.0.0.1", 0, InstantSource.system());
        int hubPort = hub.port();
        hub.registry().add(new HallEntry("city", "市中心", HallEntry.Level.CITY, null, null, null, null), PASSWORD.toCharArray());
        hub.registry().add(new HallEntry(hallConfig.hall().id(), hallConfig.hall().name(), HallEntry.Level.DISTRICT, "city",
                null, null, null), PASSWORD.toCharArray());
        try (LinkProxy link = new LinkProxy(hallConfig.hall().id(), hubPort);
             Controller hall = Controller.start(new Controller.Settings(hallConfig, dir.resolve("hall"), "127.0.0.1", 0, null,
                     0, InstantSource.system(), false).withCity(new Controller.CityLink(link.url(), PASSWORD,
                     CityRelay.Settings.defaults())))) {
            System.out.printf("HallQ link bench: %d tickets per phase at %d/s, hall %s%n", perPhase, rate,
                    hallConfig.hall().id());
            System.out.println("phase          p50 ms   p95 ms   p99 ms   max ms   relay at the end");
            phase("hub up", hall);
            hub.close();
            phase("hub down", hall);
            hub = Hub.start(HubDatabase.privateCluster(dir.resolve("hub")), "127.0.0.1", hubPort, InstantSource.system());
            link.blackHole();
            phase("packets dropped", hall);
            link.restore();
            phase("hub up again", hall);
            long start = System.nanoTime();
            while (hall.cityStatus().pending() > 0 || hall.cityStatus().problem() != null) {
                if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                    System.out.println("the relay had not caught up after 3 minutes: " + hall.cityStatus());
                    return 1;
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            System.out.printf("caught up %.1f s after the last phase: the hub holds %d events of the hall%n",
                    (System.nanoTime() - start) / 1e9, hub.events().countsByHall().get(hallConfig.hall().id()));
        } finally {
            hub.close();
        }
        return 0;
    }

    /** Issues {@link #perPhase} tickets at {@link #rate} a second and prints the latency figures. */
    private void phase(String name, Controller hall) {
        String[] services = {"HJ", "SB", "SW", "JT"};
        List<Long> micros = new ArrayList<>();
        long every = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < perPhase; i++) {
            LockSupport.parkNanos(next - System.nanoTime()); // a steady pace, as kiosks issue
            next += every;
            long t = System.nanoTime();
            hall.service().tickets().issue(new IssueTicketRequest(services[i % services.length], null, null, null, null,
                    null), "device:kiosk-1");
            micros.add((System.nanoTime() - t) / 1_000);
        }
        Collections.sort(micros);
        CityRelay.Status s = hall.cityStatus();
        System.out.printf(Locale.ROOT, "%-14s %7.1f  %7.1f  %7.1f  %7.1f   %s%n", name, at(micros, 0.50), at(micros, 0.95),
                at(micros, 0.99), micros.get(micros.size() - 1) / 1000.0, s.problem() == null ? "linked, " + s.pending()
                        + " pending" : "unlinked, " + s.pending() + " pending: " + s.problem());
    }

    private static double at(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1)) / 1000.0;
    }
}
