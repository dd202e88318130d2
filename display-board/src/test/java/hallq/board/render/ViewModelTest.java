package hallq.board.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.render.text.TextBoardRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ViewModelTest {
    private static final BoardInfo INFO = ViewModelFixtures.INFO;
    private static final Instant NOW = Instant.parse("2025-03-03T01:30:05Z");
    private final BoardReducer reducer = new BoardReducer(BoardSettings.defaults());

    @Test
    void hallScreen_live_showsHighlightWindowsQueuesAndFooter() {
        HallScreenViewModel vm = HallScreenViewModel.of(ViewModelFixtures.liveState(reducer, NOW), INFO, NOW);
        assertEquals("请 A023 号 再次 到 5号窗口 办理", vm.highlight().sentence());
        assertEquals("2025年3月3日 星期一 09:30:05", vm.clock());
        assertEquals("A021", vm.windows().get(0).text());
        assertEquals("暂停服务", vm.windows().get(2).text(), "paused window 6 is shown as paused");
        assertEquals(3, vm.windows().size(), "closed window 7 is left out");
        assertEquals("约19分钟", vm.queues().get(0).predictedWait());
        assertEquals("12人", vm.queues().get(0).waiting());
        assertEquals("政务服务便民热线 12345", vm.hotline());
        assertEquals("http://127.0.0.1:8080/complaints", vm.complaintUrl());
        assertNull(vm.banner());
    }

    @Test
    void hallScreen_stale_hidesNumbersAndShowsBanner() {
        BoardState stale = reducer.reduce(ViewModelFixtures.liveState(reducer, NOW), new BoardInput.Tick(), NOW.plusSeconds(60));
        HallScreenViewModel vm = HallScreenViewModel.of(stale, INFO, NOW.plusSeconds(60));
        assertFalse(vm.showNumbers());
        assertTrue(vm.calls().isEmpty() && vm.windows().isEmpty() && vm.queues().isEmpty());
        assertTrue(vm.banner().startsWith("连接中断"));
        assertFalse(new TextBoardRenderer().hall(vm, false).contains("A023"));
    }

    @Test
    void windowBoard_calledTicket_showsNumberAndRecallSentence() {
        WindowBoardViewModel vm = WindowBoardViewModel.of(ViewModelFixtures.liveState(reducer, NOW), INFO, 5);
        assertEquals(WindowBoardViewModel.Mode.CALLING, vm.mode());
        assertEquals("A023", vm.mainText());
        assertEquals("请 A023 号再次到本窗口办理", vm.statusText());
        assertEquals("公安户政", vm.department());
    }

    @Test
    void windowBoard_pausedClosedAndUnknown_showStateWords() {
        BoardState s = ViewModelFixtures.liveState(reducer, NOW);
        assertEquals("暂停服务", WindowBoardViewModel.of(s, INFO, 6).mainText());
        assertEquals("窗口关闭", WindowBoardViewModel.of(s, INFO, 7).mainText());
        WindowBoardViewModel unknown = WindowBoardViewModel.of(s, INFO, 26);
        assertEquals(WindowBoardViewModel.Mode.NO_DATA, unknown.mode());
        assertEquals("办不成事反映窗口", unknown.windowName(), "name comes from the hall config");
    }

    @Test
    void windowBoard_beforeAnyMessage_saysConnectingNotANumber() {
        WindowBoardViewModel vm = WindowBoardViewModel.of(BoardState.initial(), INFO, 5);
        assertEquals("正在连接", vm.mainText());
        assertEquals("5号窗口", vm.windowName());
    }

    @Test
    void connectedButNothingHeard_saysWaitingForTheQueueSystemNotConnecting() {
        BoardState s = reducer.reduce(BoardState.initial(), new BoardInput.Connected(), NOW);
        HallScreenViewModel hall = HallScreenViewModel.of(s, INFO, NOW);
        assertFalse(hall.showNumbers());
        assertEquals("已连接，等待叫号系统数据…\nConnected, waiting for the queue system", hall.banner());
        WindowBoardViewModel window = WindowBoardViewModel.of(s, INFO, 5);
        assertEquals(WindowBoardViewModel.Mode.NO_DATA, window.mode());
        assertEquals("等待数据", window.mainText());
        assertEquals(hall.banner(), window.statusText());
        assertEquals("正在连接叫号系统…\nConnecting", HallScreenViewModel.of(BoardState.initial(), INFO, NOW).banner(),
                "before the broker answers: connecting");
    }

    @Test
    void textRenderer_live_listsCallsWindowsAndQueues() {
        String text = new TextBoardRenderer().hall(HallScreenViewModel.of(ViewModelFixtures.liveState(reducer, NOW), INFO, NOW), true);
        assertTrue(text.contains(">> 请 A023 号 再次 到 5号窗口 办理 <<"), text);
        assertTrue(text.contains("户籍办理(A) 12人 约19分钟"), text);
        assertTrue(text.contains("09:30:05"), text);
    }

    @Test
    void hallScreen_windowPages_turnEveryPageSecondsAndCoverEveryWindowOnce() {
        List<HallScreenViewModel.WindowTile> all = IntStream.rangeClosed(1, 50)
                .mapToObj(n -> new HallScreenViewModel.WindowTile(n, n + "号", "A" + n, false)).toList();
        Instant t = Instant.ofEpochSecond(3_000_000_000L); // t / PAGE_SECONDS divisible by 3: the first page
        List<Integer> shown = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            HallScreenViewModel.WindowPage page = HallScreenViewModel.WindowPage.of(all,
                    t.plusSeconds((long) p * HallScreenViewModel.PAGE_SECONDS));
            assertEquals(p, page.number());
            assertEquals(3, page.count());
            assertEquals("第 " + (p + 1) + "/3 页", page.label());
            page.tiles().forEach(tile -> shown.add(tile.number()));
        }
        assertEquals(all.stream().map(HallScreenViewModel.WindowTile::number).toList(), shown);
        HallScreenViewModel.WindowPage few = HallScreenViewModel.WindowPage.of(all.subList(0, 24), t.plusSeconds(10));
        assertEquals(24, few.tiles().size());
        assertEquals("", few.label(), "what fits on one page does not page");
    }

    @Test
    void texts_predictedWait_roundsAndHandlesNoWindow() {
        assertEquals("约19分钟", Texts.minutes(18.5));
        assertEquals("无需等候", Texts.minutes(0.4));
        assertEquals("暂无窗口办理", Texts.minutes(null));
    }
}
