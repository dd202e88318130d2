package hallq.board.render.text;

import hallq.board.render.CallRow;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.WindowBoardViewModel;
import java.util.stream.Collectors;

/** Plain-text boards for the headless demo, logs and terminals: same view models as the screens. */
public final class TextBoardRenderer {

    /** The hall screen; {@code withClock} false gives text that only changes when the data does. */
    public String hall(HallScreenViewModel vm, boolean withClock) {
        StringBuilder out = new StringBuilder();
        out.append("==== ").append(vm.hallName()).append(withClock ? "   " + vm.clock() : "").append(" ====\n");
        if (!vm.showNumbers()) {
            return out.append("!! ").append(vm.banner()).append('\n').append(footer(vm)).toString();
        }
        if (vm.reconnecting()) {
            out.append("(重新连接中 reconnecting)\n");
        }
        if (vm.highlight() != null) {
            out.append(">> ").append(vm.highlight().sentence()).append(" <<\n");
        }
        out.append("最近叫号 Calls: ").append(vm.calls().stream().map(TextBoardRenderer::call)
                .collect(Collectors.joining("  "))).append('\n');
        out.append("窗口 Windows: ").append(vm.windows().stream().map(w -> w.label() + " " + w.text())
                .collect(Collectors.joining(" | "))).append('\n');
        out.append("等候 Waiting: ").append(vm.queues().stream()
                .map(q -> q.name() + "(" + q.prefix() + ") " + q.waiting() + " " + q.predictedWait())
                .collect(Collectors.joining(" | "))).append('\n');
        return out.append(footer(vm)).toString();
    }

    public String window(WindowBoardViewModel vm) {
        return "[" + vm.windowNumber() + " " + vm.windowName() + " · " + vm.department() + "] "
                + vm.mainText() + " — " + vm.statusText() + "\n";
    }

    private static String call(CallRow c) {
        return c.ticket() + "→" + c.windowLabel() + (c.recall() ? "(再次)" : "");
    }

    private static String footer(HallScreenViewModel vm) {
        return vm.hotline() + "   " + vm.complaint() + "   " + vm.complaintUrl() + "\n";
    }
}
