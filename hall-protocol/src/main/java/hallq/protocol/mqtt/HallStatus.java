package hallq.protocol.mqtt;

import java.time.LocalDate;
import java.util.List;

/**
 * Retained hall status for window boards: who the hall is, its business day and the last calls,
 * without the windows and queues of {@link HallSnapshot}. Published with every snapshot, so it is
 * the same heartbeat; a hundred window boards then receive a few hundred bytes each instead of the
 * whole hall.
 */
public record HallStatus(String hallId, String hallName, String hotline, LocalDate businessDate,
                         List<CallEvent> recentCalls) {
    public static final String SCHEMA = "hallq.status/1";

    /** The status part of a snapshot. */
    public static HallStatus of(HallSnapshot hall) {
        return new HallStatus(hall.hallId(), hall.hallName(), hall.hotline(), hall.businessDate(), hall.recentCalls());
    }
}
