package hallq.controller.core;

import hallq.protocol.WindowState;
import java.time.Instant;
import java.util.List;

/** A window (immutable). {@code skills} in order of preference; {@code current} the ticket at it, if any. */
public record Window(int number, String name, String department, List<String> skills, WindowState state,
                     boolean standby, String clerk, Long current, Instant since) {
    public Window {
        skills = List.copyOf(skills);
    }

    Window withState(WindowState newState, Instant at) {
        return new Window(number, name, department, skills, newState, standby, clerk, current, at);
    }

    Window withCurrent(Long ticketId) {
        return new Window(number, name, department, skills, state, standby, clerk, ticketId, since);
    }

    Window withSkills(List<String> newSkills) {
        return new Window(number, name, department, newSkills, state, standby, clerk, current, since);
    }

    Window withClerk(String newClerk) {
        return new Window(number, name, department, skills, state, standby, newClerk, current, since);
    }

    public boolean serves(String serviceId) {
        return skills.contains(serviceId);
    }
}
