package hallq.board.core;

import hallq.protocol.WindowState;
import hallq.protocol.Zone;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Protocol messages as the controller would publish them, for tests across the module. */
public final class Fixtures {
    public static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-03T09:30:00+08:00");
    public static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private Fixtures() {
    }

    public static WindowView window(int n, WindowState state, String ticket) {
        return new WindowView(n, n + "号窗口", "公安户政", state, List.of("HJ"), false, "王芳", ticket,
                ticket == null ? null : "SERVING", ticket == null ? null : "户籍办理", T0);
    }

    public static ServiceView queue(String id, String name, String prefix, int waiting, double waitMinutes) {
        return new ServiceView(id, name, id, prefix, Zone.LICENSING, waiting, 2.0, waitMinutes, waitMinutes * 1.6,
                20, 40, 400, true, null);
    }

    public static CallEvent call(String ticket, int window, boolean recall, int minutesAfterT0) {
        return new CallEvent(ticket, window, window + "号窗口", "HJ", "户籍办理", recall, recall ? 2 : 1,
                T0.plusMinutes(minutesAfterT0));
    }

    public static HallSnapshot snapshot(List<WindowView> windows, List<ServiceView> queues, List<CallEvent> calls) {
        return new HallSnapshot("yunshan-center", "云山区政务服务中心", "12345", DAY, windows, queues, calls);
    }

    public static HallSnapshot demoSnapshot() {
        return snapshot(
                List.of(window(1, WindowState.OPEN, "A021"), window(5, WindowState.OPEN, "A023"),
                        window(6, WindowState.PAUSED, null), window(7, WindowState.CLOSED, null)),
                List.of(queue("HJ", "户籍办理", "A", 12, 18.5), queue("SB", "社保医保", "G", 3, 4.2)),
                List.of(call("A021", 1, false, 1), call("A023", 5, false, 3)));
    }
}
