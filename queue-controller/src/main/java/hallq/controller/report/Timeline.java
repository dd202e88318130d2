package hallq.controller.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue through a day, for the manager's dashboard: every {@code stepMinutes} from the first
 * opening to the last closing (or to now), how many citizens waited in line, how many were called
 * or at a window, and how many windows were open.
 */
public record Timeline(String hall, LocalDate date, int stepMinutes, OffsetDateTime asOf, List<Point> points) {

    public record Point(OffsetDateTime at, int waiting, int atWindows, int openWindows) {
    }

    static Timeline of(String hall, DayPaths day, ZoneId zone, int stepMinutes, long firstOpening, long lastClosing) {
        List<long[]> waiting = new ArrayList<>();
        List<long[]> atWindows = new ArrayList<>();
        for (TicketPath p : day.paths()) {
            waiting.addAll(p.waiting());
            p.visits().forEach(v -> atWindows.add(v.busy(day.asOf())));
        }
        List<Point> points = new ArrayList<>();
        long end = Math.min(lastClosing, day.asOf().toEpochMilli());
        for (long t = firstOpening; t <= end; t += stepMinutes * 60_000L) {
            long at = t;
            points.add(new Point(OffsetDateTime.ofInstant(Instant.ofEpochMilli(at), zone),
                    count(waiting, at), count(atWindows, at),
                    (int) day.open().values().stream().filter(o -> o.contains(at)).count()));
        }
        return new Timeline(hall, day.date(), stepMinutes, OffsetDateTime.ofInstant(day.asOf(), zone),
                List.copyOf(points));
    }

    /** Spans [start, end) that contain {@code t}: several spans of one ticket never overlap. */
    private static int count(List<long[]> spans, long t) {
        int n = 0;
        for (long[] s : spans) {
            if (s[0] <= t && t < s[1]) {
                n++;
            }
        }
        return n;
    }
}
