package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Many kiosks issuing while many windows call at once: no duplicate, no double call, nothing lost. */
class ConcurrencyIT {
    private static final int KIOSKS = 8;
    private static final int TICKETS_PER_KIOSK = 50;
    private static final int[] WINDOWS = {1, 2, 5, 6, 7, 18, 19};

    @Test
    void issuingAndCallingAtOnce_keepsEveryTicketOnceAndCallsItOnce() throws Exception {
        Path data = TestHall.newDataDir();
        ConcurrentLinkedQueue<JsonNode> issued = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0))) {
            Http http = Http.manager(c.httpPort());
            ExecutorService pool = Executors.newFixedThreadPool(KIOSKS + WINDOWS.length);
            CountDownLatch go = new CountDownLatch(1);
            AtomicBoolean issuing = new AtomicBoolean(true);
            List<Future<?>> kiosks = new ArrayList<>();
            for (int k = 0; k < KIOSKS; k++) {
                int kiosk = k;
                kiosks.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
                        Http.Response r = http.issue(i % 2 == 0 ? "HJ" : "SB", "k" + kiosk + "-request-" + i);
                        assertEquals(201, r.status(), r.body());
                        issued.add(r.json());
                    }
                    return null;
                }));
            }
            List<Future<?>> windows = new ArrayList<>();
            for (int w : WINDOWS) {
                windows.add(pool.submit(() -> {
                    go.await();
                    while (true) {
                        Http.Response r = http.post("/api/v1/windows/" + w + "/call-next", null);
                        assertEquals(200, r.status(), r.body());
                        JsonNode t = r.json().get("ticket");
                        if (t.isNull()) {
                            if (!issuing.get()) {
                                return null;
                            }
                            Thread.onSpinWait();
                            continue;
                        }
                        called.add(t.get("number").asText());
                        assertEquals(200, http.post("/api/v1/windows/" + w + "/complete", null).status());
                    }
                }));
            }
            go.countDown();
            for (Future<?> f : kiosks) {
                f.get(120, TimeUnit.SECONDS);
            }
            issuing.set(false);
            for (Future<?> f : windows) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        int total = KIOSKS * TICKETS_PER_KIOSK;
        Set<String> numbers = new HashSet<>();
        issued.forEach(t -> numbers.add(t.get("number").asText()));
        assertEquals(total, numbers.size(), "every acknowledged ticket has its own number");
        assertEquals(total, called.size(), "every ticket was called exactly once");
        assertEquals(numbers, new HashSet<>(called));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hallq.db"));
             Statement s = db.createStatement()) {
            assertEquals(total, count(s, "SELECT COUNT(*) FROM tickets WHERE status = 'DONE'"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM (SELECT ticket_id FROM ticket_events WHERE type = 'CALLED'"
                    + " GROUP BY ticket_id HAVING COUNT(*) > 1)"));
            assertEquals(total, count(s, "SELECT COUNT(DISTINCT number) FROM tickets"));
            assertTrue(count(s, "SELECT MAX(seq) FROM tickets WHERE service_id = 'HJ'") == total / 2);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
