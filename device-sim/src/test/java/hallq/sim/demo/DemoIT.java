package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.service.QueueService;
import hallq.protocol.TicketStatus;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import hallq.sim.printer.TicketQr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hall end to end, a simulated morning (09:00-12:00) at 360× (about 30 s): citizens take
 * tickets at the kiosks (HTTP to the controller, ESC/POS over pty pairs), clerks call them with serial
 * keypads bridged to MQTT, boards follow on MQTT and the LED boards over their serial wires.
 */
class DemoIT {
    private static final Set<TicketStatus> ALIVE = EnumSet.of(TicketStatus.WAITING, TicketStatus.CALLED,
            TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW);

    @TempDir
    Path dir;

    /** A ticket that failed is copied (PNG and transcript) to target/test-output before the temp dir goes. */
    private static void keepForInspection(Path png) throws IOException {
        Path out = Files.createDirectories(Path.of("target/test-output/demo-it"));
        Files.copy(png, out.resolve(png.getParent().getFileName() + "-" + png.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        Path text = png.resolveSibling(png.getFileName().toString().replace(".png", ".txt"));
        if (Files.exists(text)) {
            Files.copy(text, out.resolve(png.getParent().getFileName() + "-" + text.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void morning_everyTicketCalledOrWaiting_everyPrintDecodes_boardsSawEveryCall() throws Exception {
        try (Demo demo = Demo.start(DemoFixture.settings(dir.resolve("data"), DemoFixture.lightMorning(dir), 360))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !demo.clock().now().toLocalTime().isBefore(LocalTime.NOON));
            QueueService controller = demo.host().controller().service();
            List<TicketLedger.Entry> printed = demo.ledger().on(demo.clock().now().toLocalDate());
            assertTrue(printed.size() >= 40, "a morning's crowd took tickets: " + printed.size());

            Map<TicketStatus, Integer> byStatus = new HashMap<>();
            for (TicketLedger.Entry e : printed) {
                TicketView t = controller.tickets().ticket(e.token(), false);
                assertEquals(e.number(), t.number());
                assertTrue(ALIVE.contains(t.status()), t.number() + " is " + t.status());
                byStatus.merge(t.status(), 1, Integer::sum);
            }
            assertTrue(byStatus.getOrDefault(TicketStatus.DONE, 0) > printed.size() / 2, byStatus::toString);
            int issued = controller.hall().services().stream().mapToInt(ServiceView::issuedToday).sum();
            assertTrue(issued >= printed.size(), "issued " + issued + ", printed " + printed.size());

            Map<String, String> qrByUrl = new HashMap<>();
            try (Stream<Path> files = Files.walk(demo.data().resolve("tickets"))) {
                for (Path png : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                    try {
                        qrByUrl.put(TicketQr.read(png), png.toString());
                    } catch (IOException e) {
                        keepForInspection(png);
                        throw e;
                    }
                }
            }
            for (TicketLedger.Entry e : printed) {
                assertTrue(qrByUrl.containsKey(e.url()), "no printed PNG whose QR reads " + e.url());
            }
            for (String url : qrByUrl.keySet()) {
                TicketView t = controller.tickets().ticket(url.substring(url.lastIndexOf('/') + 1), false);
                assertTrue(url.endsWith("/t/" + t.token()), url);
            }

            Map<String, Integer> called = Map.copyOf(demo.clerkStats().called);
            assertTrue(called.size() >= printed.size() / 2, "clerks called " + called.size());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Set<String> onHallBoard = demo.board().calls().stream().map(c -> c.ticket() + "@" + c.window())
                        .collect(Collectors.toSet());
                called.forEach((ticket, window) -> {
                    assertTrue(onHallBoard.contains(ticket + "@" + window), "hall board missed " + ticket);
                    assertTrue(demo.leds().shown(window).contains(LedBoards.text(ticket, window)),
                            "LED board " + window + " missed " + ticket);
                });
            });
        }
    }
}
