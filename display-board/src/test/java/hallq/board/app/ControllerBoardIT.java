package hallq.board.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.bench.ControllerClient;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.core.Health;
import hallq.board.render.BoardInfo;
import hallq.board.testing.RealHall;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The boards against the real queue controller (SQLite, REST, MQTT publisher) and a real broker:
 * tickets are issued and called over REST, and the hall screen and a window board must show every
 * call in order, across a controller restart (new epoch) and a broker restart.
 */
class ControllerBoardIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final BoardInfo INFO = BoardInfo.from(RealHall.DEMO);
    private final List<String> announced = new CopyOnWriteArrayList<>();
    private RealHall realHall;
    private ControllerClient rest;
    private BoardRuntime hallBoard;
    private BoardRuntime windowBoard;

    @BeforeEach
    void startHall() throws Exception {
        realHall = RealHall.start();
        rest = realHall.rest();
        hallBoard = board(BoardTarget.hall());
        windowBoard = board(new BoardTarget(5));
        hallBoard.store().listen((before, after) -> {
            if (after.callSerial() > before.callSerial()) {
                announced.add(label(after.highlighted()));
            }
        });
        hallBoard.start();
        windowBoard.start();
    }

    @AfterEach
    void stopHall() {
        for (AutoCloseable c : new AutoCloseable[] {windowBoard, hallBoard, realHall}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    private BoardRuntime board(BoardTarget target) {
        return new BoardRuntime(realHall.brokerUrl(), realHall.hallId(), target.subscription(new Topics(realHall.hallId())),
                BoardSettings.defaults(), InstantSource.system());
    }

    @Test
    void calls_acrossControllerAndBrokerRestarts_appearOnTheBoardsInOrder() throws Exception {
        await().atMost(WAIT).until(() -> BoardTarget.hall().hasState(hall()) && hall().health() == Health.LIVE);
        for (int i = 0; i < 8; i++) {
            rest.issue("HJ");
        }
        List<String> called = new ArrayList<>();
        called.add(rest.callNext(5) + "@5");
        called.add(rest.callNext(6) + "@6");
        rest.action(5, "start"); // the citizen arrived; "next" then completes them and calls the next
        called.add(rest.callNext(5) + "@5");
        assertEquals(List.of("A001@5", "A002@6", "A003@5"), called, "HJ tickets are numbered A001, A002, …");
        await().atMost(WAIT).until(() -> announced.equals(called));
        assertEquals(List.of("A003@5", "A002@6", "A001@5"), shownCalls());
        assertTrue(hallText().contains(">> 请 A003 号 到 5号窗口 办理 <<"), hallText());
        await().atMost(WAIT).until(() -> windowText().contains("A003"));

        // controller restart: a new epoch; the window states come back from SQLite, live calls go on
        String firstEpoch = hall().epoch();
        realHall.restartController();
        rest = realHall.rest();
        await().atMost(WAIT).until(() -> !firstEpoch.equals(hall().epoch()) && hall().health() == Health.LIVE);
        assertEquals("A003", hall().window(5).currentTicket());
        rest.action(6, "start");
        called.add(rest.callNext(6) + "@6");
        rest.action(6, "recall");
        called.add("A004@6R");
        await().atMost(WAIT).until(() -> announced.equals(called));
        assertEquals("A004@6R", topCall(), "a recall moves the ticket to the top, marked 再次");
        assertTrue(hallText().contains(">> 请 A004 号 再次 到 6号窗口 办理 <<"), hallText());

        // broker restart: a call made while the broker is away reaches the boards after it is back
        realHall.stopBroker();
        await().atMost(WAIT).until(() -> !hall().linkUp() && !windowBoard.store().state().linkUp());
        rest.action(5, "start");
        called.add(rest.callNext(5) + "@5");
        realHall.startBroker();
        await().atMost(WAIT).until(() -> hall().linkUp() && "A005@5".equals(topCall()));
        await().atMost(WAIT).until(() -> windowText().contains("A005"));
        rest.action(6, "start");
        called.add(rest.callNext(6) + "@6");
        await().atMost(WAIT).until(() -> "A006@6".equals(topCall()));

        // the restarted controller rebuilds its recent calls from the stored tickets: the calls made before
        // the restart stay on the hall screen, below the new ones
        assertEquals(List.of("A006@6", "A005@5", "A004@6R", "A003@5", "A002@6", "A001@5"), shownCalls(),
                "newest first, a recalled ticket once");
        assertEquals(Health.LIVE, hall().health());
        assertInOrderWithoutRepeats(called, announced);
    }

    /** Live announcements come in call order, none twice; a call heard only from a snapshot is shown, not spoken. */
    private static void assertInOrderWithoutRepeats(List<String> called, List<String> announced) {
        int at = -1;
        for (String a : announced) {
            int i = called.indexOf(a);
            assertTrue(i > at, "announced " + announced + " out of call order " + called);
            at = i;
        }
    }

    private BoardState hall() {
        return hallBoard.store().state();
    }

    private List<String> shownCalls() {
        return hall().recentCalls().stream().map(ControllerBoardIT::label).toList();
    }

    private String topCall() {
        List<String> shown = shownCalls();
        return shown.isEmpty() ? null : shown.get(0);
    }

    private String hallText() {
        return BoardTarget.hall().text(hall(), INFO, Instant.now(), false);
    }

    private String windowText() {
        return new BoardTarget(5).text(windowBoard.store().state(), INFO, Instant.now(), false);
    }

    private static String label(CallEvent c) {
        return c.ticket() + "@" + c.window() + (c.recall() ? "R" : "");
    }
}
