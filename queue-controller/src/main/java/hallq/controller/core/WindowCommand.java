package hallq.controller.core;

import java.util.List;

/**
 * One window action with its arguments: {@code ticket} for CALL and BRING_BACK, {@code toService}
 * and {@code toWindow} for TRANSFER, {@code clerk} for OPEN and CLERK, {@code services} for SKILLS,
 * {@code caseNumber} (办件编号, optional) for COMPLETE.
 */
public record WindowCommand(int window, WindowAction action, String ticket, String toService, Integer toWindow,
                            String clerk, List<String> services, String reason, String actor, String caseNumber) {
    public WindowCommand(int window, WindowAction action, String ticket, String toService, Integer toWindow, String clerk,
                         List<String> services, String reason, String actor) {
        this(window, action, ticket, toService, toWindow, clerk, services, reason, actor, null);
    }

    public static WindowCommand of(int window, WindowAction action, String actor) {
        return new WindowCommand(window, action, null, null, null, null, null, null, actor);
    }
}
