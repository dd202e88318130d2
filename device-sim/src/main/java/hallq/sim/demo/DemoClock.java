package hallq.sim.demo;

import hallq.controller.app.ScaledClock;
import hallq.controller.core.WorkingDays;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallInfo;
import hallq.protocol.config.OpeningHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one clock of the demo hall: controller, kiosks, clerks, crowd and boards all read it. At
 * speed 1 it is the real clock; faster, it starts at the hall's opening time today (or on the next
 * working day of the hall's calendar), or where the
 * hall stopped last time (kept in {@code clock.txt} in the data folder), and runs {@code speed}
 * times faster than real time once {@link #go()} is called (until then it stands still, so a slow
 * start-up costs the hall no time).
 */
public final class DemoClock implements InstantSource {
    private final Instant start;
    private final double speed;
    private final ZoneId zone;
    private volatile InstantSource clock;

    private DemoClock(Instant start, InstantSource clock, double speed, ZoneId zone) {
        this.start = start;
        this.clock = clock;
        this.speed = speed;
        this.zone = zone;
    }

    /** Starts the hall time running (a no-op for the real clock, which always runs). */
    public synchronized DemoClock go() {
        if (speed != 1 && clock instanceof FixedStart) {
            clock = new ScaledClock(start, speed);
        }
        return this;
    }

    private record FixedStart(Instant at) implements InstantSource {
        @Override
        public Instant instant() {
            return at;
        }
    }

    /**
     * At speed 1 the real clock; otherwise a {@link ScaledClock} from {@code resumeAt} (null: today's
     * opening). A resume point after the day's last closing moves to the next day's opening.
     */
    public static DemoClock start(HallConfig config, double speed, Instant resumeAt, LocalDate today) {
        HallInfo hall = config.hall();
        ZoneId zone = ZoneId.of(hall.timezone());
        if (speed == 1) {
            return new DemoClock(null, Clock.systemUTC(), 1, zone);
        }
        OpeningHours hours = OpeningHours.parse(hall.hours());
        Instant start = opening(hours, workingDayFrom(config, today), zone);
        if (resumeAt != null) {
            ZonedDateTime at = resumeAt.atZone(zone);
            Instant close = at.toLocalDate().atTime(hours.periods().get(hours.periods().size() - 1).end())
                    .atZone(zone).toInstant();
            start = resumeAt.isBefore(close) ? resumeAt
                    : opening(hours, workingDayFrom(config, at.toLocalDate().plusDays(1)), zone);
        }
        return new DemoClock(start, new FixedStart(start), speed, zone);
    }

    /** {@code day}, or the next working day of the hall's calendar (weekends, holidays) when it has one. */
    static LocalDate workingDayFrom(HallConfig config, LocalDate day) {
        if (config.calendar() == null) {
            return day;
        }
        WorkingDays calendar = WorkingDays.of(config.calendar());
        LocalDate d = day;
        while (calendar.knows(d) && !calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Instant opening(OpeningHours hours, LocalDate day, ZoneId zone) {
        return day.atTime(hours.periods().get(0).start()).atZone(zone).toInstant();
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }

    public double speed() {
        return speed;
    }

    public ZoneId zone() {
        return zone;
    }

    public ZonedDateTime now() {
        return instant().atZone(zone);
    }

    /** How long {@code hallTime} of hall time lasts in real time. */
    public Duration wall(Duration hallTime) {
        return Duration.ofNanos((long) (hallTime.toNanos() / speed));
    }

    /**
     * Waits until the hall clock reaches {@code at}, or until {@code stop} opens.
     *
     * @return false when stopped
     */
    public boolean waitUntil(Instant at, CountDownLatch stop) throws InterruptedException {
        while (true) {
            Duration left = Duration.between(instant(), at);
            if (left.isNegative() || left.isZero()) {
                return stop.getCount() > 0;
            }
            long wallNanos = Math.max(1_000_000, wall(left).toNanos());
            if (stop.await(Math.min(wallNanos, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
    }

    /** Waits {@code hallTime} of hall time; false when stopped meanwhile. */
    public boolean pause(Duration hallTime, CountDownLatch stop) throws InterruptedException {
        return waitUntil(instant().plus(hallTime), stop);
    }

    /** Where the hall clock stood when the demo last stopped, or null. */
    public static Instant readSaved(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Instant.parse(Files.readString(file).trim());
        } catch (DateTimeParseException e) {
            throw new IOException(file + " does not hold an instant: " + e.getMessage(), e);
        }
    }

    /** Saves the hall time atomically (write, then rename). */
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, instant().toString() + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
