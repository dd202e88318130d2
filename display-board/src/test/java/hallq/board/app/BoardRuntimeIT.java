package hallq.board.app;

import static hallq.board.core.Fixtures.call;
import static hallq.board.core.Fixtures.demoSnapshot;
import static hallq.board.core.Fixtures.window;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.board.adapter.mqtt.BoardSubscription;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.core.Fixtures;
import hallq.board.core.Health;
import hallq.board.testing.ControllerPublisher;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.protocol.WindowState;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoardRuntimeIT {
    private static final String HALL = "yunshan-center";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final Path brokerDir = TestDirs.fresh("broker");
    private EmbeddedBroker broker;
    private BoardRuntime board;

    @BeforeEach
    void startBroker() throws Exception {
        broker = EmbeddedBroker.start("127.0.0.1", 0, brokerDir);
    }

    @AfterEach
    void stopAll() {
        if (board != null) {
            board.close();
        }
        broker.close();
    }

    private BoardRuntime startBoard(Duration staleAfter) {
        board = new BoardRuntime(broker.url(), HALL, BoardSubscription.hallScreen(new Topics(HALL)),
                new BoardSettings(staleAfter, 8), InstantSource.system()).start();
        return board;
    }

    private BoardState state() {
        return board.store().state();
    }

    @Test
    void board_joinsLate_rebuildsFromRetainedThenShowsLiveCall() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.hall(demoSnapshot());
            controller.queue(Fixtures.queue("HJ", "户籍办理", "A", 13, 19.0));
            startBoard(Duration.ofSeconds(15));
            await().atMost(WAIT).until(() -> state().queues().containsKey("HJ") && state().queues().get("HJ").waiting() == 13);
            assertEquals("A023", state().highlighted().ticket());

            controller.call(call("A024", 5, false, 10));
            await().atMost(WAIT).until(() -> "A024".equals(ticketOnTop()));
            assertEquals("A024", state().window(5).currentTicket());
            assertEquals(Health.LIVE, state().health());
        }
    }

    @Test
    void board_brokerRestart_showsConnectionLostThenCatchesUpFromRetained() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.hall(demoSnapshot());
            startBoard(Duration.ofSeconds(2));
            await().atMost(WAIT).until(() -> "A023".equals(ticketOnTop()));
        }
        int port = broker.port();
        broker.close();
        await().atMost(WAIT).until(() -> state().health() == Health.CONNECTION_LOST && !state().linkUp());

        broker = EmbeddedBroker.start("127.0.0.1", port, brokerDir);
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.skip(controller.topics().hall(), 5); // heartbeats published while the board was away
            controller.hall(Fixtures.snapshot(List.of(window(6, WindowState.OPEN, "A031")), List.of(),
                    List.of(call("A031", 6, false, 30))));
            await().atMost(WAIT).until(() -> "A031".equals(ticketOnTop()) && state().health() == Health.LIVE);
            assertEquals("A031", state().window(6).currentTicket());
        }
    }

    @Test
    void board_garbageAndSeqGap_keepsRunningAndResyncs() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.hall(demoSnapshot());
            startBoard(Duration.ofSeconds(15));
            await().atMost(WAIT).until(() -> "A023".equals(ticketOnTop()));

            controller.raw(controller.topics().calls(), "{not json", false);
            controller.raw(controller.topics().calls(), "{\"seq\":1}", false);
            controller.call(call("A024", 5, false, 10));
            await().atMost(WAIT).until(() -> "A024".equals(ticketOnTop()));
            assertEquals(2, board.badMessages());

            controller.skip(controller.topics().calls(), 3);
            controller.call(call("A028", 6, false, 12));
            await().atMost(WAIT).until(() -> "A028".equals(ticketOnTop()) && state().resyncCount() == 1);
            controller.hall(demoSnapshot());
            await().atMost(WAIT).until(() -> !state().resyncNeeded() && state().resyncCount() == 1);
        }
    }

    private String ticketOnTop() {
        BoardState s = state();
        return s.highlighted() == null ? null : s.highlighted().ticket();
    }
}
