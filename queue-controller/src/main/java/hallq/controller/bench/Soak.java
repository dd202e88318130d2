package hallq.controller.bench;

import hallq.controller.app.Controller;
import hallq.protocol.Json;
import hallq.protocol.config.HallConfig;
import hallq.protocol.rest.ServiceView;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./hall bench controller --soak MINUTES}: a sustained peak against the real controller in
 * this JVM — kiosks issue {@code rate} tickets a second and the windows call and start as many —
 * while the hall clock runs {@code speed} times faster, so business days (and their rollover) pass.
 * Every {@code every} seconds it collects the garbage and prints the heap in use after it, with the
 * latency of issues and calls in that interval: memory that grows with time, not with the day's
 * tickets, shows here.
 */
final class Soak {
    record Settings(double minutes, double rate, int every, double speed) {
    }

    private static final int KIOSKS = 4;
    private static final int CLERKS = 4;
    private final Controller controller;
    private final HttpClient http;
    private final String base;
    private final String kioskLogin;
    private final HallConfig hall;
    private final int windows;
    private final Settings s;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Long> issueNanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> callNanos = new ConcurrentLinkedQueue<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger called = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();

    Soak(Controller controller, HttpClient http, String base, String kioskLogin, HallConfig hall, int windows,
         Settings s) {
        this.controller = controller;
        this.http = http;
        this.base = base;
        this.kioskLogin = kioskLogin;
        this.hall = hall;
        this.windows = windows;
        this.s = s;
    }

    void run(InstantSource clock) throws Exception {
        ZoneId zone = ZoneId.of(hall.hall().timezone());
        System.out.printf("soak: %.0f min at %.1f tickets/s issued and called (%d kiosks, %d clerks), hall clock x%.0f,"
                + " heap after GC every %d s (max heap %d MB)%n", s.minutes(), s.rate(), KIOSKS, CLERKS, s.speed(),
                s.every(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("  real   hall time         issued  called waiting  heap-after-GC  issue p50/p99 ms  call p50/p99 ms  errors");
        List<Thread> load = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            int kiosk = k;
            load.add(start("soak-kiosk-" + k, () -> kiosk(kiosk)));
        }
        for (int k = 0; k < CLERKS; k++) {
            int clerk = k;
            load.add(start("soak-clerk-" + k, () -> clerk(clerk)));
        }
        long t0 = System.nanoTime();
        long end = t0 + (long) (s.minutes() * 60e9);
        List<Long> heaps = new ArrayList<>();
        for (long next = t0 + s.every() * 1_000_000_000L; next <= end; next += s.every() * 1_000_000_000L) {
            LockSupport.parkNanos(next - System.nanoTime());
            long heap = heapAfterGc();
            heaps.add(heap);
            int waiting = controller.service().hall().services().stream().mapToInt(ServiceView::waiting).sum();
            System.out.printf("%5.0fs  %s  %7d %7d %7d  %10.1f MB   %6.1f / %-7.1f  %6.1f / %-7.1f %5d%n",
                    (System.nanoTime() - t0) / 1e9, clock.instant().atZone(zone).toLocalDateTime().withNano(0),
                    issued.get(), called.get(), waiting, heap / 1048576.0, pct(issueNanos, 50), pct(issueNanos, 99),
                    pct(callNanos, 50), pct(callNanos, 99), errors.get());
            issueNanos.clear();
            callNanos.clear();
        }
        running.set(false);
        for (Thread t : load) {
            t.join(10_000);
        }
        if (!heaps.isEmpty()) {
            System.out.printf("soak: heap after GC first %.1f MB, min %.1f MB, max %.1f MB, last %.1f MB; %d issued,"
                    + " %d called, %d errors%n", heaps.get(0) / 1048576.0, heaps.stream().min(Long::compare).get() / 1048576.0,
                    heaps.stream().max(Long::compare).get() / 1048576.0, heaps.get(heaps.size() - 1) / 1048576.0,
                    issued.get(), called.get(), errors.get());
        }
    }

    private void kiosk(int k) {
        long interval = (long) (KIOSKS * 1e9 / s.rate());
        long next = System.nanoTime();
        for (int i = 0; running.get(); i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            String service = hall.services().get((i * KIOSKS + k) % hall.services().size()).id();
            long t = System.nanoTime();
            HttpResponse<String> r = send("/api/v1/tickets", "{\"serviceId\":\"" + service + "\",\"clientRequestId\":\"soak-"
                    + k + "-" + i + "-xxxxxxxx\"}", kioskLogin);
            int status = r == null ? -1 : r.statusCode();
            issueNanos.add(System.nanoTime() - t);
            if (status == 201) {
                issued.incrementAndGet();
            } else {
                errors.incrementAndGet();
            }
        }
    }

    /** Each clerk works the windows w ≡ k (mod clerks) in turn: next (which completes the last one), then start. */
    private void clerk(int k) {
        long interval = (long) (CLERKS * 1e9 / s.rate());
        long next = System.nanoTime();
        var json = Json.lenient();
        for (int w = 1 + k; running.get(); w = w + CLERKS > windows ? 1 + k : w + CLERKS) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += interval;
            long t = System.nanoTime();
            HttpResponse<String> r = send("/api/v1/windows/" + w + "/call-next", "", null);
            callNanos.add(System.nanoTime() - t);
            try {
                if (r == null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                } else if (!json.readTree(r.body()).path("ticket").isNull()) {
                    called.incrementAndGet();
                    send("/api/v1/windows/" + w + "/start", "", null);
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }

    private HttpResponse<String> send(String path, String body, String authorization) {
        try {
            return http.send(ControllerBench.request(base + path, body, authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double pct(ConcurrentLinkedQueue<Long> nanos, int p) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        if (a.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) (a.length * p / 100.0))] / 1e6;
    }

    private static Thread start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
