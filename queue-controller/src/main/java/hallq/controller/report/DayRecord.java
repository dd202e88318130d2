package hallq.controller.report;

import hallq.controller.core.Rating;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.Window;
import hallq.controller.core.WindowEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded about one business day, read in one consistent snapshot: its tickets and
 * their events (oldest first), the window changes of the day, and what tells each window's state
 * when the day began ({@code lastBefore}: each window's last state change before the day;
 * {@code firstFrom}: its first state change from the day on; {@code current}: the windows table),
 * the day's ratings, its appointments counted by service and status, what happened to
 * rectification work orders during the day, and the day's efficiency-supervision notices counted.
 */
public record DayRecord(LocalDate date, List<Ticket> tickets, List<TicketEvent> events,
                        List<WindowEvent> windowEvents, List<WindowEvent> lastBefore, List<WindowEvent> firstFrom,
                        List<Window> current, List<Rating> ratings, List<AppointmentCount> appointments,
                        List<WorkOrderMark> workOrders, List<NoticeCount> notices) {

    /** How many of the day's appointments for a service are in a status (BOOKED, CHECKED_IN, CANCELLED, NO_SHOW). */
    public record AppointmentCount(String serviceId, String status, int count) {
    }

    /**
     * A work order (差评工单) that was {@code OPENED} during the day ({@code flag}: still open now),
     * {@code FINISHED} ({@code flag}: after its deadline) or went {@code OVERDUE}.
     */
    /** 效能监督 notices of a kind (IDLE_WHILE_WAITING, UNATTENDED, LONG_SERVICE, OVER_TARGET), by service and window. */
    public record NoticeCount(String kind, String serviceId, Integer window, int count) {
    }

    public record WorkOrderMark(Mark mark, String serviceId, int window, boolean flag) {
        public enum Mark { OPENED, FINISHED, OVERDUE }
    }
}
