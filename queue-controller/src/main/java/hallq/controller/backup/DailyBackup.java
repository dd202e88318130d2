package hallq.controller.backup;

import hallq.controller.core.HallCalendar;
import hallq.protocol.config.OpeningHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The running controller's daily backup into {@code <data>/backups/}: once a business day, an hour
 * after the hall's last opening period ends (not on days it does not open), then the backups no
 * longer kept by the {@link Retention} are deleted. Time is a parameter; a backup of the day already
 * in the folder (say, from before a restart) counts.
 */
public final class DailyBackup {
    public static final Duration AFTER_CLOSING = Duration.ofHours(1);
    private final Backups backups;
    private final Path data;
    private final Path dir;
    private final String hallId;
    private final Path hallFile;
    private final HallCalendar calendar;
    private final Retention retention;
    /** A failed backup is tried again after this long, not at every tick. */
    public static final Duration RETRY = Duration.ofMinutes(10);
    private LocalDate done;
    private Instant retryAt;

    public DailyBackup(Backups backups, Path data, String hallId, Path hallFile, HallCalendar calendar,
                       Retention retention) {
        this.backups = backups;
        this.data = data;
        this.dir = data.resolve("backups");
        this.hallId = hallId;
        this.hallFile = hallFile;
        this.calendar = calendar;
        this.retention = retention;
    }

    /** When the day's backup is due, or null on a day the hall does not open. */
    public static Instant dueAt(HallCalendar calendar, LocalDate day) {
        List<OpeningHours.Period> periods = calendar.periods(day, null);
        if (periods.isEmpty()) {
            return null;
        }
        return day.atTime(periods.get(periods.size() - 1).end()).atZone(calendar.zone()).toInstant().plus(AFTER_CLOSING);
    }

    /** Takes the day's backup if it is due and not yet taken, and prunes; answers it, or empty. */
    public synchronized Optional<Backups.Taken> runIfDue(Instant now) throws BackupException {
        LocalDate today = calendar.businessDate(now);
        Instant due = dueAt(calendar, today);
        if (due == null || now.isBefore(due) || today.equals(done) || retryAt != null && now.isBefore(retryAt)) {
            return Optional.empty();
        }
        List<Path> existing = existing();
        LocalDateTime dueLocal = LocalDateTime.ofInstant(due, calendar.zone());
        if (existing.stream().map(p -> Retention.takenAt(p.getFileName().toString(), hallId))
                .anyMatch(at -> at != null && !at.isBefore(dueLocal) && at.toLocalDate().equals(today))) {
            done = today;
            return Optional.empty();
        }
        Backups.Taken taken;
        try {
            taken = backups.take(data, hallId, hallFile, dir, now, calendar.zone());
        } catch (BackupException e) {
            retryAt = now.plus(RETRY);
            throw e;
        }
        done = today;
        retryAt = null;
        existing.add(taken.archive());
        for (Path old : retention.toDelete(existing, hallId)) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new BackupException("took " + taken.archive().getFileName() + " but cannot delete " + old + ": "
                        + e.getMessage(), e);
            }
        }
        return Optional.of(taken);
    }

    private List<Path> existing() throws BackupException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.toList());
        } catch (IOException e) {
            throw new BackupException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
