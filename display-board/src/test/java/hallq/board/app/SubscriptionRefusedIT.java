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
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.ViewModelFixtures;
import hallq.board.testing.AclBroker;
import hallq.board.testing.ControllerPublisher;
import hallq.protocol.WindowState;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.testing.TestDirs;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A broker may answer a board's SUBSCRIBE with "refused" (SUBACK 0x80, e.g. its ACL does not let the
 * board's login read the hall's topics yet) while the connection stays up. The board must keep
 * asking, on the same connection, and show the hall once the broker lets it read: it must never stay
 * on "connecting" (or on "connection lost") while it is connected.
 */
class SubscriptionRefusedIT {
    private static final String HALL = "yunshan-center";
    private static final Topics TOPICS = new Topics(HALL);
    private static final MqttLogin LOGIN = new MqttLogin("hall-board", "not-checked-here");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private AclBroker broker;
    private BoardRuntime board;

    @BeforeEach
    void startBroker() throws Exception {
        broker = AclBroker.start(TestDirs.fresh("acl-broker"), LOGIN.username());
    }

    @AfterEach
    void stopAll() {
        if (board != null) {
            board.close();
        }
        broker.close();
    }

    private void startBoard() {
        board = new BoardRuntime(broker.url(), LOGIN, HALL, BoardSubscription.hallScreen(TOPICS),
                new BoardSettings(Duration.ofSeconds(15), 8), InstantSource.system()).start();
    }

    private BoardState state() {
        return board.store().state();
    }

    @Test
    void everyTopicRefused_boardSaysConnectedAndWaiting_retriesAndShowsTheHallOnceAllowed() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.hall(demoSnapshot());
            controller.queue(Fixtures.queue("HJ", "户籍办理", "A", 13, 19.0));
            broker.refuseReads(Integer.MAX_VALUE);
            startBoard();
            // 8 refusals: the first SUBSCRIBE's 4 filters and a second try on the same connection
            await().atMost(WAIT).until(() -> broker.refused() >= 8);
            assertEquals(Health.AWAITING_CONTROLLER, state().health(), "connected, nothing heard");
            assertEquals("已连接，等待叫号系统数据…\nConnected, waiting for the queue system",
                    HallScreenViewModel.of(state(), ViewModelFixtures.INFO, Instant.now()).banner());

            broker.refuseReads(0); // the ACL now lets the board's login read the hall
            await().atMost(WAIT).until(() -> state().health() == Health.LIVE && "A023".equals(ticketOnTop())
                    && state().queues().containsKey("HJ"));
            controller.call(call("A024", 5, false, 10));
            await().atMost(WAIT).until(() -> "A024".equals(ticketOnTop()));
            assertEquals(1, broker.connects(), "recovered without reconnecting");
        }
    }

    @Test
    void hallTopicRefusedOthersGranted_retriesTheHallOnly() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.hall(demoSnapshot());
            controller.queue(Fixtures.queue("HJ", "户籍办理", "A", 13, 19.0));
            broker.refuseReads(TOPICS.hall(), 2); // the first SUBSCRIBE's hall filter and its first retry
            startBoard();
            await().atMost(WAIT).until(() -> "A023".equals(ticketOnTop()) && state().queues().containsKey("HJ"));
            assertEquals(2, broker.refused());
            assertEquals(1, broker.connects(), "recovered without reconnecting");
        }
    }

    @Test
    void resyncResubscribeRefused_retriesAndRereadsTheRetainedState() throws Exception {
        try (ControllerPublisher controller = new ControllerPublisher(broker.url(), HALL, "e1")) {
            controller.hall(demoSnapshot());
            startBoard();
            await().atMost(WAIT).until(() -> "A023".equals(ticketOnTop()));
            controller.call(call("A024", 5, false, 10));
            await().atMost(WAIT).until(() -> "A024".equals(ticketOnTop()));

            broker.refuseReads(3); // the resync's SUBSCRIBE of the hall, windows/+ and queues/+
            controller.skip(TOPICS.calls(), 3);
            controller.call(call("A028", 6, false, 12)); // a seq gap: the board re-reads the retained topics
            await().atMost(WAIT).until(() -> state().resyncCount() == 1 && broker.refusalsLeft() == 0);
            // the board has no hall subscription now; only a new SUBSCRIBE brings this snapshot
            controller.hall(Fixtures.snapshot(List.of(window(6, WindowState.OPEN, "A031")), List.of(),
                    List.of(call("A031", 6, false, 30))));
            await().atMost(WAIT).until(() -> state().window(6) != null
                    && "A031".equals(state().window(6).currentTicket()));
            assertEquals(3, broker.refused());
            assertEquals(1, broker.connects(), "recovered without reconnecting");
        }
    }

    private String ticketOnTop() {
        BoardState s = state();
        return s.highlighted() == null ? null : s.highlighted().ticket();
    }
}
