package hallq.controller.core;

import java.util.Arrays;

/** Everything a window can be told to do; the REST path segment is {@link #path()}. */
public enum WindowAction {
    CALL_NEXT, RECALL, CALL, START, COMPLETE, NO_SHOW, TRANSFER, POSTPONE, BRING_BACK,
    PAUSE, RESUME, OPEN, CLOSE, SKILLS, CLERK;

    public String path() {
        return name().toLowerCase().replace('_', '-');
    }

    public static WindowAction ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path().equals(path)).findFirst().orElse(null);
    }
}
