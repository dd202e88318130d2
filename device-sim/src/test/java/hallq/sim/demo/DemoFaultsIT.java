package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.service.QueueService;
import hallq.protocol.TicketStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Each fault injected into one running demo hall (at 120×) through its API or the CLI: the rest of
 * the hall carries on and recovers, and nothing acknowledged is lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFaultsIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private Demo demo;
    private Path data;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        data = dir.resolve("data");
        demo = Demo.start(DemoFixture.settings(data, DemoFixture.lightMorning(dir), 120));
        soon().until(() -> demo.ledger().all().size() >= 3);
    }

    @AfterAll
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    private static ConditionFactory soon() {
        return await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200));
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(demo.apiUrl() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int printed() {
        return demo.ledger().all().size();
    }

    private int calls() {
        return demo.clerkStats().called.size();
    }

    @Test
    void paperOut_kioskPauses_citizensUseTheOthers_paperBack_itPrintsAgain() throws Exception {
        KioskStation kiosk1 = demo.kiosk("kiosk-1");
        assertEquals(200, post("/demo/faults/paper-out/kiosk-1").statusCode());
        int before = kiosk1.printed();
        int all = printed();

        soon().until(() -> printed() >= all + 4);
        assertEquals(before, kiosk1.printed(), "no ticket from a kiosk without paper");
        assertEquals(0, demo.crowd().gaveUp(), "its citizens went to the other kiosks");

        int code = new CommandLine(new FaultMain()).execute("--data", data.toString(), "paper-in", "kiosk-1");
        assertEquals(0, code);
        soon().until(() -> kiosk1.printed() > before);
    }

    @Test
    void unplugBoard_restCarriesOn_replugged_itShowsItsWindowAgain() throws Exception {
        int window = 18; // 社保医保: busy all morning
        assertEquals(200, post("/demo/faults/unplug-board/" + window).statusCode());
        assertFalse(demo.leds().plugged(window));
        int calls = demo.board().calls().size();

        soon().until(() -> demo.board().calls().size() >= calls + 3);
        assertEquals(200, post("/demo/faults/replug-board/" + window).statusCode());

        // a board plugged in again is a new, blank one: it shows the window's latest call only if the
        // demo sends it (at once, or with the window's next call when it had none at that moment)
        soon().until(() -> demo.board().calls().stream().filter(c -> c.window() == window)
                .reduce((first, second) -> second)
                .map(c -> demo.leds().showing(window).equals(LedBoards.text(c.ticket(), window))).orElse(false));
    }

    @Test
    void restartBroker_devicesBoardsAndControllerReconnect_callsFlowAgain() throws Exception {
        assertEquals(200, post("/demo/faults/restart-broker").statusCode());
        int calls = calls();
        int heard = demo.board().calls().size();

        soon().until(() -> demo.terminals().values().stream().allMatch(t -> t.caller().device().isConnected()
                && t.evaluator().device().isConnected()));
        soon().until(() -> calls() >= calls + 3 && demo.board().calls().size() >= heard + 3);
    }

    @Test
    void restartController_kiosksAndClerksCarryOn_nothingAcknowledgedIsLost() throws Exception {
        QueueService before = demo.host().controller().service();
        Map<String, TicketStatus> known = new HashMap<>();
        demo.ledger().all().forEach(e -> known.put(e.token(), before.tickets().ticket(e.token(), false).status()));

        assertEquals(200, post("/demo/faults/restart-controller").statusCode());
        QueueService after = demo.host().controller().service();
        int printed = printed();
        int calls = calls();

        known.forEach((token, status) -> {
            TicketStatus now = after.tickets().ticket(token, false).status();
            assertTrue(status != TicketStatus.DONE || now == TicketStatus.DONE, token + " was DONE, now " + now);
        });
        soon().until(() -> printed() >= printed + 3 && calls() >= calls + 3);
    }

    @Test
    void badFaultRequests_areRefusedAndChangeNothing() throws Exception {
        HttpResponse<String> noKiosk = post("/demo/faults/paper-out/kiosk-9");
        assertEquals(404, noKiosk.statusCode());
        assertTrue(noKiosk.body().contains("kiosk-9"), noKiosk.body());
        assertEquals(400, post("/demo/faults/unplug-board/five").statusCode());
        assertEquals(404, post("/demo/faults/unplug-board/99").statusCode());
        assertTrue(demo.leds().plugged(5), "nothing was unplugged");
        assertEquals(2, new CommandLine(new FaultMain()).execute("--data", data.toString(), "unplug-board"));
    }
}
