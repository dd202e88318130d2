package hallq.sim.demo;

import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.sim.crowd.ArrivalStream;
import hallq.sim.crowd.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's citizens, arriving by the scenario's day profile (the crowd simulator's arrival model:
 * per service, non-stationary Poisson by the hour) on the hall clock, each walking to the kiosk with
 * the shortest line. Each day draws from its own seeded stream; a demo resumed mid-day does not
 * replay the arrivals it has already passed. A citizen whose kiosk cannot serve them tries the next
 * one, and gives up after trying every kiosk.
 */
final class DemoCrowd {
    private static final Logger log = LoggerFactory.getLogger(DemoCrowd.class);
    /** Most citizens put their ID card on the kiosk's reader (per-person limits apply to them); the rest just tap. */
    static final double ID_CARD_SHARE = 0.7;
    private final Scenario scenario;
    private final HallConfig hall;
    private final DemoClock clock;
    private final List<KioskStation> kiosks;
    private final CountDownLatch stop;
    private final long seed;
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final Thread thread;

    private record Arrival(double minute, String service) {
    }

    DemoCrowd(Scenario scenario, HallConfig hall, DemoClock clock, List<KioskStation> kiosks, CountDownLatch stop) {
        this.scenario = scenario;
        this.hall = hall;
        this.clock = clock;
        this.kiosks = List.copyOf(kiosks);
        this.stop = stop;
        this.seed = scenario.seed() == null ? 1 : scenario.seed();
        this.thread = new Thread(this::run, "crowd");
        thread.setDaemon(true);
    }

    DemoCrowd start() {
        thread.start();
        return this;
    }

    int arrived() {
        return arrived.get();
    }

    int gaveUp() {
        return gaveUp.get();
    }

    private void run() {
        try {
            LocalDate day = clock.now().toLocalDate();
            while (stop.getCount() > 0) {
                runDay(day);
                day = DemoClock.workingDayFrom(hall, day.plusDays(1)); // nobody comes on a closed day
                if (!clock.waitUntil(dayStart(day), stop)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("crowd failed", e);
        }
    }

    private Instant dayStart(LocalDate day) {
        return day.atTime(scenario.from()).atZone(clock.zone()).toInstant();
    }

    private void runDay(LocalDate day) throws InterruptedException {
        SplittableRandom root = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
        RandomGenerator people = root.split();
        Map<String, ArrivalStream> streams = new TreeMap<>();
        PriorityQueue<Arrival> next = new PriorityQueue<>(Comparator.comparingDouble(Arrival::minute));
        scenario.services().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrivalStream s = new ArrivalStream(e.getValue().ratesPerHour(), root.split());
            streams.put(e.getKey(), s);
            push(next, s.next(), e.getKey());
        });
        Instant start = dayStart(day);
        while (!next.isEmpty()) {
            Arrival a = next.poll();
            push(next, streams.get(a.service()).next(), a.service());
            Priority priority = priority(people);
            Instant at = start.plusNanos(Math.round(a.minute() * 60e9));
            if (at.isBefore(clock.instant())) {
                continue; // already past: a resumed demo does not replay the hall's morning
            }
            if (!clock.waitUntil(at, stop)) {
                return;
            }
            IdCard card = people.nextDouble() < ID_CARD_SHARE ? IdCard.draw(people) : null;
            send(Visitor.of(arrived.incrementAndGet(), a.service(), priority, card));
        }
    }

    private static void push(PriorityQueue<Arrival> queue, double minute, String service) {
        if (!Double.isNaN(minute)) {
            queue.add(new Arrival(minute, service));
        }
    }

    private Priority priority(RandomGenerator people) {
        double u = people.nextDouble();
        return u < scenario.behaviour().greenChannelShare() ? Priority.GREEN_CHANNEL : Priority.NORMAL;
    }

    /** To the kiosk with the shortest line, not the one the citizen just left. */
    void send(Visitor v) {
        KioskStation best = null;
        for (KioskStation k : kiosks) {
            boolean other = !k.id().equals(v.leftKiosk()) || kiosks.size() == 1;
            if (other && (best == null || k.lineLength() < best.lineLength())) {
                best = k;
            }
        }
        if (v.tries() > 2 * kiosks.size() || best == null) {
            gaveUp.incrementAndGet();
            log.info("citizen {} for {} gave up after {} tries", v.id(), v.serviceId(), v.tries());
            v.leaves(null);
            return;
        }
        best.queue(v);
    }
}
