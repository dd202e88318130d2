package hallq.board.render.led;

import hallq.board.render.WindowBoardViewModel;
import hallq.board.render.WindowBoardViewModel.Mode;
import hallq.devices.led.LedMessage;
import hallq.devices.led.LedMessage.Color;
import hallq.devices.led.LedMessage.Effect;
import java.util.List;

/**
 * What a window's LED panel (窗口LED屏) shows, line by line, from the same view model as the JavaFX
 * window board: line 0 the window, line 1 the ticket or state word, line 2 the status sentence.
 * Tickets are red (flashing while the citizen is being called), state words yellow, idle green.
 */
public final class LedWindowLayout {
    public static final int HEADER = 0;
    public static final int MAIN = 1;
    public static final int STATUS = 2;

    private LedWindowLayout() {
    }

    public static List<LedMessage> lines(WindowBoardViewModel vm) {
        String header = oneLine(vm.windowNumber() + " " + vm.subtitle());
        return List.of(new LedMessage(HEADER, Color.GREEN, Effect.STATIC, header),
                new LedMessage(MAIN, mainColor(vm.mode()), vm.mode() == Mode.CALLING ? Effect.FLASH : Effect.STATIC,
                        oneLine(vm.mainText())),
                new LedMessage(STATUS, Color.GREEN, Effect.SCROLL_LEFT, oneLine(vm.statusText())));
    }

    private static Color mainColor(Mode mode) {
        return switch (mode) {
            case CALLING, SERVING -> Color.RED;
            case IDLE -> Color.GREEN;
            case PAUSED, CLOSED, NO_DATA -> Color.YELLOW;
        };
    }

    /** LED text is one line without control characters (a banner's line break becomes a space). */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
    }
}
