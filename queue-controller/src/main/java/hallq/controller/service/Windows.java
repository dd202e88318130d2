package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.controller.core.Window;
import hallq.controller.core.WindowCommand;
import hallq.protocol.rest.WindowActionResult;
import hallq.protocol.rest.WindowView;
import java.util.List;

/** What a clerk does at a window (call, start, complete, no-show, transfer, open, pause, close) and the windows now. */
public final class Windows {
    private final HallWriter writer;

    Windows(HallWriter writer) {
        this.writer = writer;
    }

    /** Runs one window command; answers the window as it now is and the ticket it concerned, if any. */
    public WindowActionResult act(WindowCommand command) {
        return writer.submit((hall, now) -> hall.core().execute(command, now), (hall, t) -> new WindowActionResult(
                hall.views().window(hall.core().state().window(command.window())),
                t == null ? null : Tickets.view(hall, t)));
    }

    public List<WindowView> list() {
        return writer.read(Windows::list);
    }

    static List<WindowView> list(HallModel hall) {
        return hall.core().state().windows().stream().map(hall.views()::window).toList();
    }

    public WindowView get(int number) {
        return writer.read(hall -> {
            Window w = hall.core().state().window(number);
            if (w == null) {
                throw new Rejection(Outcome.Reason.NOT_FOUND, "no window " + number);
            }
            return hall.views().window(w);
        });
    }
}
