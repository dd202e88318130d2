package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of a running controller, with who may call it. A public route is published to the
 * whole hall LAN: each one is on the reviewed list below, with why, and a new one fails this test
 * until someone adds it here. Every other route refuses a caller without a login.
 */
class EndpointAccessIT {
    /** Reviewed public routes, and why each may be public. */
    private static final Map<String, String> PUBLIC = Map.ofEntries(
            Map.entry("GET /health", "liveness for supervisors and load balancers; no hall data"),
            Map.entry("GET /metrics", "Prometheus scrape on the hall LAN: counts and timings, no personal data"),
            Map.entry("GET /api/v1/openapi.yaml", "the API's own description"),
            Map.entry("GET /api/v1/services", "what a kiosk and the booking page offer"),
            Map.entry("GET /api/v1/services/{id}", "one service, as on the kiosk"),
            Map.entry("GET /api/v1/services/{id}/guide", "the service guide the ticket's QR code opens"),
            Map.entry("GET /guide/{id}", "the printable service guide page"),
            Map.entry("GET /api/v1/tickets/{token}", "a citizen's own ticket, by its unguessable token"),
            Map.entry("POST /api/v1/tickets/{token}/rating", "a citizen rates their own ticket (好差评)"),
            Map.entry("GET /api/v1/live/tickets/{token}", "a citizen's live progress, by token"),
            Map.entry("GET /api/v1/windows", "what the boards show; clerks' names masked"),
            Map.entry("GET /api/v1/windows/{n}", "one window as its board shows it; clerk's name masked"),
            Map.entry("GET /api/v1/hall", "the hall screen's picture; clerks' names masked"),
            Map.entry("GET /api/v1/appointments/slots", "free booking slots for the booking page"),
            Map.entry("POST /api/v1/appointments", "a citizen books (limited per person and per address)"),
            Map.entry("GET /api/v1/appointments/{token}", "a holder's own appointment, by token"),
            Map.entry("POST /api/v1/appointments/{token}/cancel", "a holder cancels their own appointment"),
            Map.entry("POST /api/v1/auth/login", "logging in"),
            Map.entry("POST /api/v1/auth/logout", "logging out ends only the caller's own session"),
            Map.entry("GET /", "redirects to the staff login page"),
            Map.entry("GET /t/{token}", "the citizen's ticket page (its data is read by token)"),
            Map.entry("GET /book", "the booking page"),
            Map.entry("GET /a/{token}", "the appointment holder's page"),
            Map.entry("GET /staff", "the login page"),
            Map.entry("GET /staff/dashboard", "the page only; every read behind it needs a session"),
            Map.entry("GET /staff/window/{n}", "the page only; every read behind it needs a session"),
            Map.entry("GET /vendor/chart.umd.min.js", "the chart library the dashboard loads"),
            Map.entry("GET /api/v1/handover-track/{token}", "a citizen follows their own handover (代办转报), by token"),
            Map.entry("GET /h/{token}", "the citizen's handover page (its data is read by token)"),
            Map.entry("GET /staff/handover/{receipt}", "the page only; every read behind it needs a session"));
    private static final Map<String, String> SAMPLE_PARAMS = Map.of("{n}", "5", "{id}", "1", "{token}", "t0ken",
            "{action}", "call-next", "{verdict}", "approve", "{user}", "clerk5", "{receipt}", "x-1");

    private Controller controller;

    @BeforeEach
    void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(10, 0));
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void everyPublicRoute_isOnTheReviewedList_andEveryListedOneExists() {
        TreeSet<String> publicRoutes = new TreeSet<>();
        for (String e : controller.endpoints()) {
            if (e.endsWith(" PUBLIC")) {
                publicRoutes.add(e.substring(0, e.length() - " PUBLIC".length()));
            }
        }
        TreeSet<String> unreviewed = new TreeSet<>(publicRoutes);
        unreviewed.removeAll(PUBLIC.keySet());
        assertEquals(new TreeSet<>(), unreviewed, "public routes nobody reviewed: state their access in Routes, or "
                + "add them to the reviewed list with a reason");
        TreeSet<String> gone = new TreeSet<>(PUBLIC.keySet());
        gone.removeAll(publicRoutes);
        assertEquals(new TreeSet<>(), gone, "reviewed public routes that are no longer public or no longer exist");
    }

    @Test
    void everyOtherRoute_refusesACallerWithoutALogin() {
        Http anonymous = new Http(controller.httpPort());
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (String e : controller.endpoints()) {
            String[] parts = e.split(" ");
            if (parts[2].equals("PUBLIC")) {
                continue;
            }
            String path = parts[1];
            for (Map.Entry<String, String> p : SAMPLE_PARAMS.entrySet()) {
                path = path.replace(p.getKey(), p.getValue());
            }
            Http.Response r = switch (parts[0]) {
                case "GET" -> anonymous.get(path);
                case "POST" -> anonymous.post(path, "{}");
                case "PUT" -> anonymous.put(path, "{}");
                default -> throw new AssertionError("no request written for " + e);
            };
            checked++;
            if (r.status() != 401) {
                open.add(e + " answered " + r.status());
            }
        }
        assertEquals(List.of(), open);
        assertTrue(checked > 30, "only " + checked + " guarded routes found");
    }
}
