package hallq.board.core;

import static hallq.board.core.Fixtures.call;
import static hallq.board.core.Fixtures.demoSnapshot;
import static hallq.board.core.Fixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.core.BoardInput.Call;
import hallq.board.core.BoardInput.Snapshot;
import hallq.board.core.BoardInput.Status;
import hallq.board.core.BoardInput.WindowUpdate;
import hallq.protocol.WindowState;
import hallq.protocol.mqtt.HallStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardReducerTest {
    private static final String HALL = "hallq/v1/yunshan-center/hall";
    private static final String CALLS = "hallq/v1/yunshan-center/calls";
    private static final String STATUS = "hallq/v1/yunshan-center/status";
    private static final String W5 = "hallq/v1/yunshan-center/windows/5";
    private final BoardReducer reducer = new BoardReducer(new BoardSettings(Duration.ofSeconds(15), 4));
    private Instant now = Instant.parse("2025-03-03T01:30:00Z");

    private BoardState feed(BoardState s, BoardInput... inputs) {
        for (BoardInput in : inputs) {
            s = reducer.reduce(s, in, now);
        }
        return s;
    }

    private static Call callMsg(long seq, String ticket, int window, boolean recall, int minute) {
        return new Call(new Stamp(CALLS, "e1", seq), call(ticket, window, recall, minute));
    }

    @Test
    void reduce_initial_isWaitingWithNothingShown() {
        BoardState s = feed(BoardState.initial(), new BoardInput.Tick());
        assertEquals(Health.WAITING, s.health());
        assertNull(s.highlighted());
    }

    @Test
    void reduce_connectedButNothingHeard_isAwaitingTheControllerUntilTheFirstMessage() {
        BoardState s = feed(BoardState.initial(), new BoardInput.Connected(), new BoardInput.Tick());
        assertEquals(Health.AWAITING_CONTROLLER, s.health(), "broker up, controller silent: not 'connecting'");
        assertNull(s.highlighted());
        s = feed(s, new BoardInput.Disconnected("broker gone"));
        assertEquals(Health.WAITING, s.health(), "no broker again: connecting");
        s = feed(s, new BoardInput.Connected(), new Snapshot(new Stamp(HALL, "e1", 1), demoSnapshot()));
        assertEquals(Health.LIVE, s.health());
    }

    @Test
    void reduce_snapshot_fillsWindowsQueuesAndCallsNewestFirst() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 1), demoSnapshot()));
        assertEquals(Health.LIVE, s.health());
        assertEquals("云山区政务服务中心", s.hallName());
        assertEquals(List.of(1, 5, 6, 7), List.copyOf(s.windows().keySet()));
        assertEquals(12, s.queues().get("HJ").waiting());
        assertEquals("A023", s.highlighted().ticket());
        assertEquals(0, s.callSerial(), "calls from a snapshot are shown but never announced");
    }

    @Test
    void reduce_status_setsTheHallAndItsCallsButKeepsTheWindowsAWindowBoardHas() {
        BoardState s = feed(BoardState.initial(), new WindowUpdate(new Stamp(W5, "e1", 1), window(5, WindowState.OPEN, "A023")),
                new Status(new Stamp(STATUS, "e1", 1), HallStatus.of(demoSnapshot())));
        assertEquals(Health.LIVE, s.health());
        assertEquals("云山区政务服务中心", s.hallName());
        assertEquals(List.of(5), List.copyOf(s.windows().keySet()), "a status is no snapshot: the windows stay");
        assertEquals("A023", s.highlighted().ticket());
        assertEquals(0, s.callSerial(), "calls from a status are shown but never announced");
        now = now.plusSeconds(14);
        s = feed(s, new Status(new Stamp(STATUS, "e1", 2), HallStatus.of(demoSnapshot())));
        now = now.plusSeconds(14);
        assertEquals(Health.LIVE, feed(s, new BoardInput.Tick()).health(), "the status is a heartbeat");
    }

    @Test
    void reduce_statusOfANewDay_dropsTheCallsOfTheDayBefore() {
        BoardState s = feed(BoardState.initial(), new Status(new Stamp(STATUS, "e1", 1), HallStatus.of(demoSnapshot())));
        HallStatus nextDay = new HallStatus("yunshan-center", "云山区政务服务中心", "12345", Fixtures.DAY.plusDays(1), List.of());
        s = feed(s, new Status(new Stamp(STATUS, "e1", 2), nextDay));
        assertEquals(Fixtures.DAY.plusDays(1), s.businessDate());
        assertNull(s.highlighted());
    }

    @Test
    void reduce_call_goesOnTopHighlightedAndUpdatesWindow() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 1), demoSnapshot()),
                callMsg(1, "A024", 5, false, 5));
        assertEquals("A024", s.highlighted().ticket());
        assertEquals(1, s.callSerial());
        assertEquals("A024", s.window(5).currentTicket());
        assertEquals(List.of("A024", "A023", "A021"), s.recentCalls().stream().map(c -> c.ticket()).toList());
    }

    @Test
    void reduce_recall_movesTicketToTopWithRecallFlagOnce() {
        BoardState s = feed(BoardState.initial(), callMsg(1, "A023", 5, false, 3), callMsg(2, "A024", 6, false, 4),
                callMsg(3, "A023", 5, true, 6));
        assertEquals(List.of("A023", "A024"), s.recentCalls().stream().map(c -> c.ticket()).toList());
        assertTrue(s.highlighted().recall());
        assertEquals(3, s.callSerial());
    }

    @Test
    void reduce_manyCalls_keepsOnlyMaxCalls() {
        BoardState s = BoardState.initial();
        for (int i = 1; i <= 6; i++) {
            s = feed(s, callMsg(i, "A00" + i, i, false, i));
        }
        assertEquals(List.of("A006", "A005", "A004", "A003"), s.recentCalls().stream().map(c -> c.ticket()).toList());
    }

    @Test
    void reduce_duplicateSeq_isIgnored() {
        BoardState s = feed(BoardState.initial(), callMsg(1, "A023", 5, false, 3), callMsg(1, "A023", 5, false, 3));
        assertEquals(1, s.callSerial());
        assertFalse(s.resyncNeeded());
    }

    @Test
    void reduce_gapInSeq_marksResyncNeeded() {
        BoardState s = feed(BoardState.initial(), callMsg(1, "A023", 5, false, 3), callMsg(3, "A025", 6, false, 5));
        assertEquals(ResyncReason.SEQ_GAP, s.resync());
        assertEquals("A025", s.highlighted().ticket(), "the call after the gap is still shown");
    }

    @Test
    void reduce_resyncStarted_clearsFlagAndCounts() {
        BoardState s = feed(BoardState.initial(), callMsg(1, "A023", 5, false, 3), callMsg(3, "A025", 6, false, 5),
                new BoardInput.ResyncStarted());
        assertFalse(s.resyncNeeded());
        assertEquals(1, s.resyncCount());
    }

    @Test
    void reduce_gapsOnDifferentTopics_areCountedPerTopic() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 7), demoSnapshot()),
                callMsg(1, "A024", 5, false, 4), new Snapshot(new Stamp(HALL, "e1", 8), demoSnapshot()),
                callMsg(2, "A025", 6, false, 5));
        assertFalse(s.resyncNeeded());
    }

    @Test
    void reduce_epochChange_marksResyncAndReplacesCalls() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 40), demoSnapshot()),
                callMsg(9, "A099", 5, false, 50),
                new Snapshot(new Stamp(HALL, "e2", 1), Fixtures.snapshot(
                        List.of(window(5, WindowState.OPEN, "A001")), List.of(), List.of(call("A001", 5, false, 60)))));
        assertEquals(ResyncReason.EPOCH_CHANGED, s.resync());
        assertEquals("e2", s.epoch());
        assertEquals(List.of("A001"), s.recentCalls().stream().map(c -> c.ticket()).toList());
        assertEquals(List.of(5), List.copyOf(s.windows().keySet()));
    }

    @Test
    void reduce_epochChangeSeenFirstOnAWindowTopic_stillDropsTheOldCallsBeforeTheSnapshotMerges() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 40), demoSnapshot()),
                new WindowUpdate(new Stamp(W5, "e2", 1), window(5, WindowState.OPEN, "A001")),
                new Call(new Stamp(CALLS, "e2", 1), call("A002", 6, false, 61)),
                new Snapshot(new Stamp(HALL, "e2", 1), Fixtures.snapshot(
                        List.of(window(5, WindowState.OPEN, "A001")), List.of(), List.of(call("A001", 5, false, 60)))));
        assertEquals(List.of("A002", "A001"), s.recentCalls().stream().map(c -> c.ticket()).toList(),
                "the new epoch's calls only, newest first; A021 and A023 of the old epoch are gone");
    }

    @Test
    void reduce_leftoverRetainedCopyOfAnOldEpoch_isIgnoredInsteadOfSwitchingBack() {
        BoardState s = feed(BoardState.initial(), new WindowUpdate(new Stamp(W5, "e1", 3), window(5, WindowState.OPEN, "A1")),
                new Snapshot(new Stamp(HALL, "e2", 1), demoSnapshot()),
                new BoardInput.ResyncStarted(),
                new WindowUpdate(new Stamp(W5, "e1", 3), window(5, WindowState.OPEN, "A1")));
        assertEquals("e2", s.epoch());
        assertEquals("A023", s.window(5).currentTicket(), "the stale e1 copy of window 5 changed nothing");
        assertEquals(List.of("A023", "A021"), s.recentCalls().stream().map(c -> c.ticket()).toList());
        assertFalse(s.resyncNeeded());
    }

    @Test
    void reduce_reconnect_resetsSeqsSoRetainedCopiesAreNoGap() {
        BoardState s = feed(BoardState.initial(), new WindowUpdate(new Stamp(W5, "e1", 3), window(5, WindowState.OPEN, "A1")),
                new BoardInput.Disconnected("broker gone"), new BoardInput.Connected(),
                new WindowUpdate(new Stamp(W5, "e1", 9), window(5, WindowState.OPEN, "A9")));
        assertFalse(s.resyncNeeded());
        assertEquals("A9", s.window(5).currentTicket());
        assertTrue(s.linkUp());
    }

    @Test
    void reduce_silenceLongerThanThreshold_showsConnectionLost() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 1), demoSnapshot()));
        now = now.plusSeconds(15);
        s = feed(s, new BoardInput.Tick());
        assertEquals(Health.LIVE, s.health(), "exactly the threshold is still live");
        now = now.plusSeconds(1);
        s = feed(s, new BoardInput.Tick());
        assertEquals(Health.CONNECTION_LOST, s.health());
    }

    @Test
    void reduce_heartbeatAfterStale_isLiveAgain() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 1), demoSnapshot()));
        now = now.plusSeconds(60);
        s = feed(s, new BoardInput.Tick());
        assertEquals(Health.CONNECTION_LOST, s.health());
        s = feed(s, new Snapshot(new Stamp(HALL, "e1", 2), demoSnapshot()));
        assertEquals(Health.LIVE, s.health());
    }

    @Test
    void reduce_disconnected_keepsLiveUntilThresholdButMarksLinkDown() {
        BoardState s = feed(BoardState.initial(), new Snapshot(new Stamp(HALL, "e1", 1), demoSnapshot()),
                new BoardInput.Disconnected("gone"));
        assertFalse(s.linkUp());
        assertEquals(Health.LIVE, s.health());
    }
}
