package hallq.protocol.rest;

import java.util.List;

/**
 * A station clerk hands the citizen at the window over to another hall ({@code POST
 * /api/v1/windows/{n}/handover}): the receiving hall's id (and name as proposed), the matter's id in
 * the city's catalogue (default: the ticket's service) and its name when this hall does not handle
 * it, the materials received (names of documents, never their contents), and a note.
 */
public record HandoverRequest(String toHall, String toHallName, String serviceId, String matterName,
                              List<String> materials, String note) {
}
