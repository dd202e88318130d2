package hallq.controller.core;

import hallq.protocol.config.ServiceConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the day's numbering resumes after a restore from a backup (docs/decisions.md D19). The
 * tickets printed between the backup and the failure are in citizens' hands but not in the restored
 * records, so every service's numbering goes on past the backup's last number by a margin for what
 * the hall can have issued since: twice its busiest hour ever, per hour it has been open since the
 * backup (today only: numbering starts again each day), and at least {@value #MINIMUM_MARGIN}; the
 * result is rounded up to a hundred, so the first number after a restore is x01 and easy to tell.
 */
public final class NumberingResume {
    /** The least margin, for a hall without history or a restore minutes after the backup. */
    public static final int MINIMUM_MARGIN = 100;
    /** How many times the busiest hour the hall is taken to issue per hour since the backup. */
    public static final int SAFETY = 2;

    private NumberingResume() {
    }

    /**
     * The numbers (seq) to take as used today, per service: {@code lastToday} are the restored
     * records' highest numbers of today (absent: none), {@code peakPerHour} the most tickets the whole
     * hall ever issued within an hour, {@code openSinceBackup} how long it has been open today since
     * the backup.
     */
    public static Map<String, Integer> floors(Iterable<ServiceConfig> services, Map<String, Integer> lastToday,
                                              int peakPerHour, Duration openSinceBackup) {
        int margin = margin(peakPerHour, openSinceBackup);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (ServiceConfig s : services) {
            int past = lastToday.getOrDefault(s.id(), 0) + margin;
            out.put(s.id(), (past + 99) / 100 * 100);
        }
        return out;
    }

    /** {@link #SAFETY} × the busiest hour × the hours open since the backup, at least {@link #MINIMUM_MARGIN}. */
    public static int margin(int peakPerHour, Duration openSinceBackup) {
        long perHourTimesMinutes = (long) SAFETY * Math.max(0, peakPerHour) * Math.max(0, openSinceBackup.toMinutes());
        long margin = (perHourTimesMinutes + 59) / 60;
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(MINIMUM_MARGIN, margin));
    }

    /**
     * The floors for the business day of {@code now}, from the restored state: {@code backupAt} is the
     * latest instant the backup holds (null: an empty hall).
     */
    public static Map<String, Integer> floors(HallState state, Instant backupAt, int peakPerHour, Instant now) {
        HallCalendar calendar = state.calendar();
        LocalDate today = calendar.businessDate(now);
        Instant dayStart = today.atStartOfDay(calendar.zone()).toInstant();
        Instant since = backupAt != null && backupAt.isAfter(dayStart) ? backupAt : dayStart;
        return floors(state.services(), state.lastSeqs(today), peakPerHour, calendar.openTime(since, now));
    }
}
