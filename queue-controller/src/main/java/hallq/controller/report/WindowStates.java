package hallq.controller.report;

import hallq.controller.core.Window;
import hallq.controller.core.WindowEvent;
import hallq.protocol.WindowState;
import hallq.protocol.config.WindowConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * When each window was open on a day, rebuilt from the recorded window changes. The state when the
 * day began is the one left by the window's last change before it; without one, the one its first
 * later change started from (a pause starts from open, a resume from paused, an opening from closed);
 * without any change at all, the window's stored state (it never changed), or its configured start.
 */
final class WindowStates {
    private WindowStates() {
    }

    static Intervals open(WindowConfig w, DayRecord day, long dayStart, long asOf) {
        WindowState state = atStart(w, day);
        List<long[]> spans = new ArrayList<>();
        long since = dayStart;
        for (WindowEvent e : day.windowEvents()) {
            WindowState next = after(e.type());
            long at = e.at().toEpochMilli();
            if (e.window() != w.number() || next == null || at >= asOf) {
                continue;
            }
            if (state == WindowState.OPEN) {
                spans.add(new long[] {since, at});
            }
            state = next;
            since = at;
        }
        if (state == WindowState.OPEN) {
            spans.add(new long[] {since, asOf});
        }
        return Intervals.of(spans);
    }

    private static WindowState atStart(WindowConfig w, DayRecord day) {
        for (WindowEvent e : day.lastBefore()) {
            if (e.window() == w.number() && after(e.type()) != null) {
                return after(e.type());
            }
        }
        for (WindowEvent e : day.firstFrom()) {
            if (e.window() == w.number() && before(e.type()) != null) {
                return before(e.type());
            }
        }
        for (Window c : day.current()) {
            if (c.number() == w.number()) {
                return c.state();
            }
        }
        return w.standby() ? WindowState.CLOSED : WindowState.OPEN;
    }

    /** The state a change leaves; null for changes of skills or clerk. */
    static WindowState after(WindowEvent.Type type) {
        return switch (type) {
            case OPENED, RESUMED -> WindowState.OPEN;
            case PAUSED -> WindowState.PAUSED;
            case CLOSED -> WindowState.CLOSED;
            case SKILLS_CHANGED, CLERK_CHANGED -> null;
        };
    }

    private static WindowState before(WindowEvent.Type type) {
        return switch (type) {
            case OPENED -> WindowState.CLOSED;
            case RESUMED -> WindowState.PAUSED;
            case PAUSED, CLOSED -> WindowState.OPEN;
            case SKILLS_CHANGED, CLERK_CHANGED -> null;
        };
    }
}
