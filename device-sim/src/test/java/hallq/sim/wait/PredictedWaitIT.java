package hallq.sim.wait;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import hallq.board.adapter.mqtt.EnvelopeDecoder;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.render.BoardInfo;
import hallq.board.render.HallScreenViewModel;
import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.mqttauth.MqttRole;
import hallq.kiosk.client.HttpControllerClient;
import hallq.kiosk.ui.ServiceTile;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttDevice;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketView;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predicted wait a citizen reads is one figure wherever it is read at one moment: the kiosk's
 * tile (from the controller's REST services), the hall screen (from the retained MQTT snapshot,
 * through the board's own decoder, reducer and view model), the wait printed on the ticket, and the
 * citizen's page of that ticket. The hall clock stands still, so nothing moves between the reads.
 */
class PredictedWaitIT {
    private static final Instant MONDAY_10 = Instant.parse("2026-11-23T02:00:00Z");
    private final HallConfig config = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
    private Controller controller;
    private MqttDevice probe;

    @AfterEach
    void stop() {
        if (probe != null) {
            probe.close();
        }
        if (controller != null) {
            controller.close();
        }
    }

    @Test
    void theKioskTheHallScreenTheTicketAndTheCitizensPage_sayTheSameWait(@TempDir Path dir) throws Exception {
        controller = Controller.start(new Controller.Settings(config, dir, "127.0.0.1", 0, null, 0,
                InstantSource.fixed(MONDAY_10), true));
        HttpControllerClient kiosk = new HttpControllerClient(URI.create("http://127.0.0.1:" + controller.httpPort()),
                Duration.ofSeconds(3), controller.mqttAccounts().ensure("kiosk-1", MqttRole.KIOSK, null));
        for (int i = 0; i < 7; i++) {
            kiosk.issue(new IssueTicketRequest("HJ", null, null, null, null, null));
        }
        controller.service().windows().act(WindowCommand.of(5, WindowAction.CALL_NEXT, "clerk5"));

        // the hall screen: what the board makes of the retained snapshot
        String hall = config.hall().id();
        probe = new MqttDevice(MqttDevice.Settings.of(controller.brokerUrl(), hall, "probe-1", "probe",
                controller.mqttAccounts().ensure("probe-1", MqttRole.DEVICE, null)));
        EnvelopeDecoder decoder = new EnvelopeDecoder(new Topics(hall));
        BoardReducer reducer = new BoardReducer(BoardSettings.defaults());
        AtomicReference<BoardState> board = new AtomicReference<>(BoardState.initial());
        assertEquals(true, probe.connect(Duration.ofSeconds(5)));
        probe.subscribe(new Topics(hall).hall(), (topic, payload) -> {
            try {
                decoder.decode(topic, payload).ifPresent(m -> board.updateAndGet(s -> reducer.reduce(s, m, MONDAY_10)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        ServiceView atKiosk = kiosk.services().stream().filter(s -> s.id().equals("HJ")).findFirst().orElseThrow();
        assertEquals(6, atKiosk.waiting());
        assertNotNull(atKiosk.predictedWaitMinutes(), "HJ is served now: a wait is predicted");
        await().atMost(Duration.ofSeconds(10)).until(() -> board.get().queues().containsKey("HJ")
                && board.get().queues().get("HJ").waiting() == atKiosk.waiting());
        ServiceView onBoard = board.get().queues().get("HJ");
        assertEquals(atKiosk.predictedWaitMinutes(), onBoard.predictedWaitMinutes(), "one figure, by REST and by MQTT");
        HallScreenViewModel.QueueRow row = HallScreenViewModel.of(board.get(), BoardInfo.from(config), MONDAY_10).queues()
                .stream().filter(q -> q.prefix().equals("A")).findFirst().orElseThrow();
        String tile = ServiceTile.of(atKiosk).predictedWait().zh();
        assertEquals(minutes(tile), minutes(row.predictedWait()), "the kiosk's " + tile + ", the hall screen's "
                + row.predictedWait());

        // the next citizen's ticket: printed with the wait the tile showed, and the citizen's page says it too
        TicketView issued = kiosk.issue(new IssueTicketRequest("HJ", null, null, null, null, null));
        assertEquals(atKiosk.predictedWaitMinutes(), issued.predictedWaitMinutes(), "the wait printed on the ticket");
        TicketView page = controller.service().tickets().ticket(issued.token(), false);
        assertEquals(atKiosk.predictedWaitMinutes(), page.predictedWaitMinutes(), "the citizen's page");
        assertEquals(atKiosk.waiting(), page.peopleAhead(), "everyone who waited before is ahead");
    }

    @Test
    void theKioskAndTheHallScreen_putAnyFigureInTheSameWords() {
        for (double m : new double[] {0, 0.4, 0.99, 1.0, 1.49, 1.5, 17.5, 59.6}) {
            String kiosk = hallq.kiosk.i18n.Texts.predictedWait(m).zh();
            String board = hallq.board.render.Texts.minutes(m);
            assertEquals(minutes(kiosk), minutes(board), m + " min: the kiosk's " + kiosk + ", the board's " + board);
            assertEquals(m < 1, kiosk.equals(board), m + " min: under a minute both say " + board);
        }
    }

    /** The whole minutes a wait text says ("预计等候约 17 分钟", "约17分钟"). */
    private static String minutes(String text) {
        return text.replaceAll("\\D", "");
    }
}
