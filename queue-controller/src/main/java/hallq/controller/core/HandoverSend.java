package hallq.controller.core;

import java.util.List;

/**
 * A station clerk's handover of the citizen at a window (代办转报): to which hall, which matter (an id
 * of the city's catalogue, by default the ticket's service; its name when this hall does not handle
 * it), the materials received, a note; and this hall's own id and name, as the handover names them.
 */
public record HandoverSend(int window, String toHall, String toHallName, String serviceId, String matterName,
                           List<String> materials, String note, String hallId, String hallName) {
}
