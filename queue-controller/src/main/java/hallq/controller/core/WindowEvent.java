package hallq.controller.core;

import java.time.Instant;

/** One recorded change of a window: opened, paused, skills changed, clerk changed... with who did it. */
public record WindowEvent(int window, Type type, Instant at, String actor, String detail) {
    public enum Type {
        OPENED, PAUSED, RESUMED, CLOSED, SKILLS_CHANGED, CLERK_CHANGED
    }
}
