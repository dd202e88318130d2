package hallq.controller.report;

import java.util.List;

/**
 * The figures of a period (a day or a month): volumes, waits, walks to the window, service times,
 * per service, window and hour, and ratings. Minutes to one decimal; shares as fractions (0.25).
 * Definitions: docs/reports.md.
 */
public record Figures(Volume volume, Times waits, long waitsOverTarget, Double overTargetShare, Times walks,
                      Times serviceTimes, List<ServiceFigures> services, List<WindowFigures> windows,
                      List<HourFigures> hours, RatingFigures ratings, Appointments appointments,
                      WorkOrders workOrders, Supervision supervision) {

    /** Tickets by how they ended; {@code unfinished} are still waiting, called or being served. */
    public record Volume(int issued, int served, int noShows, int expired, int unfinished, int voided) {
    }

    /** Minutes: how many, mean, 90th percentile (nearest rank), longest. */
    public record Times(int count, Double mean, Double p90, Double max) {
    }

    public record ServiceFigures(String serviceId, String name, int targetWaitMinutes, Volume volume, Times waits,
                                 long overTarget, Double overTargetShare, Times walks, Times serviceTimes,
                                 RatingFigures ratings, Appointments appointments, WorkOrders workOrders,
                                 Supervision supervision) {
    }

    /**
     * A window's productivity: calls made, citizens served, no-shows, citizens passed on (transferred
     * or postponed), the waits of those it called, walks, service times, and minutes open, busy
     * (someone called or at the window) and idle (open, nobody there) within opening hours.
     */
    public record WindowFigures(int window, String name, String department, int calls, int served, int noShows,
                                int passedOn, Times waits, Times walks, Times serviceTimes, double openMinutes,
                                double busyMinutes, double idleMinutes, RatingFigures ratings,
                                WorkOrders workOrders, Supervision supervision) {
    }

    /**
     * 预约 for the period's days: slots held ({@code booked}: all but cancelled), checked in, missed,
     * still to come, cancelled; {@code noShowRate} = missed of those that were due (checked in or missed).
     */
    public record Appointments(int booked, int checkedIn, int noShows, int pending, int cancelled, Double noShowRate) {
    }

    /**
     * 差评工单 in the period: opened (and of those, still open now), finished (and of those, after the
     * deadline), and gone overdue (an order counts once however many deadlines it missed in the period).
     */
    public record WorkOrders(int opened, int stillOpen, int finished, int finishedLate, int overdue) {
    }

    /**
     * 效能监督 notices recorded in the period, by kind: a window idle while citizens it could serve
     * waited, a window left unattended, a service far longer than usual, a wait past the target.
     */
    public record Supervision(int total, int idleWhileWaiting, int unattended, int longService, int overTarget) {
    }

    /** One hour of the day (local time): tickets issued, first calls, completions, mean wait of first calls. */
    public record HourFigures(int hour, int issued, int called, int served, Double meanWait) {
    }

    /**
     * 好差评: ratings by score (index 0 = 1 非常不满意 … 4 = 5 非常满意), mean score, satisfaction
     * rate (share of 基本满意 or better) and bad ratings (不满意, 非常不满意).
     */
    public record RatingFigures(int count, List<Integer> byScore, Double meanScore, Double satisfactionRate, int bad) {
    }
}
