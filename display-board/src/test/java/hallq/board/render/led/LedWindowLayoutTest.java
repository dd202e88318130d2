package hallq.board.render.led;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.board.core.BoardInput;
import hallq.board.core.BoardReducer;
import hallq.board.core.BoardSettings;
import hallq.board.core.BoardState;
import hallq.board.render.ViewModelFixtures;
import hallq.board.render.WindowBoardViewModel;
import hallq.devices.led.LedFrames;
import hallq.devices.led.LedMessage;
import hallq.devices.led.LedMessage.Color;
import hallq.devices.led.LedMessage.Effect;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedWindowLayoutTest {
    private static final Instant NOW = Instant.parse("2025-03-03T01:30:05Z");
    private final BoardReducer reducer = new BoardReducer(BoardSettings.defaults());

    private List<LedMessage> lines(BoardState state, int window) {
        return LedWindowLayout.lines(WindowBoardViewModel.of(state, ViewModelFixtures.INFO, window));
    }

    @Test
    void calledTicket_redFlashingNumberUnderTheWindowAndTheSentenceScrolling() {
        List<LedMessage> lines = lines(ViewModelFixtures.liveState(reducer, NOW), 5);
        assertEquals(List.of(new LedMessage(0, Color.GREEN, Effect.STATIC, "5号窗口 公安户政"),
                new LedMessage(1, Color.RED, Effect.FLASH, "A023"),
                new LedMessage(2, Color.GREEN, Effect.SCROLL_LEFT, "请 A023 号再次到本窗口办理")), lines);
    }

    @Test
    void calledTicket_goldenFrameOfTheNumberLine() {
        byte[] frame = LedFrames.encodeShow(5, lines(ViewModelFixtures.liveState(reducer, NOW), 5).get(1), false);
        // board 5, SHOW_RAM, 7 bytes: line 1, red, flash, "A023"; CRC-16/MODBUS low byte first
        assertEquals("a505100007010102413032337ecc5a", HexFormat.of().formatHex(frame));
    }

    @Test
    void pausedAndClosed_yellowStateWords() {
        BoardState s = ViewModelFixtures.liveState(reducer, NOW);
        assertEquals(new LedMessage(1, Color.YELLOW, Effect.STATIC, "暂停服务"), lines(s, 6).get(1));
        assertEquals(new LedMessage(1, Color.YELLOW, Effect.STATIC, "窗口关闭"), lines(s, 7).get(1));
    }

    @Test
    void stale_showsConnectionLostInOneLineAndNoNumber() {
        BoardState stale = reducer.reduce(ViewModelFixtures.liveState(reducer, NOW), new BoardInput.Tick(),
                NOW.plusSeconds(60));
        List<LedMessage> lines = lines(stale, 5);
        assertEquals("连接中断", lines.get(1).text());
        assertEquals("连接中断 · 正在恢复 Connection lost, reconnecting", lines.get(2).text(),
                "the banner's line break becomes a space: LED text has no control characters");
    }
}
