package hallq.protocol.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Opening periods of a day, e.g. 09:00-12:00 and 13:00-17:00; sorted and non-overlapping. */
public record OpeningHours(List<Period> periods) {
    public record Period(LocalTime start, LocalTime end) {
        public boolean contains(LocalTime t) {
            return !t.isBefore(start) && t.isBefore(end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    public OpeningHours {
        periods = List.copyOf(periods);
    }

    public static OpeningHours parse(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("at least one period like 09:00-12:00 is needed");
        }
        List<Period> periods = new ArrayList<>();
        for (String text : texts) {
            String[] parts = text == null ? new String[0] : text.split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + text + "' is not a period like 09:00-12:00");
            }
            try {
                Period p = new Period(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
                if (!p.start().isBefore(p.end())) {
                    throw new IllegalArgumentException("'" + text + "' ends before it starts");
                }
                if (!periods.isEmpty() && p.start().isBefore(periods.get(periods.size() - 1).end())) {
                    throw new IllegalArgumentException("'" + text + "' overlaps or precedes the period before it");
                }
                periods.add(p);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' has a time that is not HH:mm");
            }
        }
        return new OpeningHours(periods);
    }

    public boolean isOpen(LocalTime t) {
        return periods.stream().anyMatch(p -> p.contains(t));
    }

    public LocalTime opening() {
        return periods.get(0).start();
    }

    @Override
    public String toString() {
        return String.join(", ", periods.stream().map(Period::toString).toList());
    }
}
