package hallq.controller.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which of a hall's backups to keep: the newest of each of the {@code daily} latest days that have
 * one, and the first of each of the {@code monthly} latest months. Files that are not this hall's
 * backups are never touched.
 */
public record Retention(int daily, int monthly) {
    public static final Retention DEFAULT = new Retention(30, 12);

    public Retention {
        if (daily < 1 || monthly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup (and zero or more monthly ones)");
        }
    }

    /** The backups of {@code hallId} among {@code files} that are no longer kept. */
    public List<Path> toDelete(Collection<Path> files, String hallId) {
        TreeMap<LocalDateTime, Path> backups = new TreeMap<>();
        for (Path f : files) {
            LocalDateTime at = takenAt(f.getFileName().toString(), hallId);
            if (at != null) {
                backups.put(at, f);
            }
        }
        Set<Path> keep = new HashSet<>();
        TreeMap<LocalDate, Path> newestOfDay = new TreeMap<>();
        TreeMap<YearMonth, Path> firstOfMonth = new TreeMap<>();
        for (Map.Entry<LocalDateTime, Path> b : backups.entrySet()) {
            newestOfDay.put(b.getKey().toLocalDate(), b.getValue());
            firstOfMonth.putIfAbsent(YearMonth.from(b.getKey()), b.getValue());
        }
        newestOfDay.descendingMap().values().stream().limit(daily).forEach(keep::add);
        firstOfMonth.descendingMap().values().stream().limit(monthly).forEach(keep::add);
        List<Path> out = new ArrayList<>(backups.values());
        out.removeIf(keep::contains);
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /** When a backup of {@code hallId} was taken, by its name; null for any other file. */
    public static LocalDateTime takenAt(String fileName, String hallId) {
        String prefix = Backups.PREFIX + hallId + "-";
        if (!fileName.startsWith(prefix) || !fileName.endsWith(".zip")) {
            return null;
        }
        try {
            return LocalDateTime.parse(fileName.substring(prefix.length(), fileName.length() - 4), Backups.STAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
