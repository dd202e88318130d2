package hallq.protocol.mqtt;

import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.LocalDate;
import java.util.List;

/** Retained whole-hall state: enough for a simple board to draw everything from one message. */
public record HallSnapshot(String hallId, String hallName, String hotline, LocalDate businessDate,
                           List<WindowView> windows, List<ServiceView> queues, List<CallEvent> recentCalls) {
    public static final String SCHEMA = "hallq.hall/1";

    /** As published on the broker: every clerk's name masked ({@link WindowView#forPublic()}). */
    public HallSnapshot forPublic() {
        return new HallSnapshot(hallId, hallName, hotline, businessDate,
                windows.stream().map(WindowView::forPublic).toList(), queues, recentCalls);
    }
}
