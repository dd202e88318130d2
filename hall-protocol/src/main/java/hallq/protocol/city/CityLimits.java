package hallq.protocol.city;

import java.time.LocalDate;
import java.util.List;

/**
 * The city's per-person limits as the hub hands them to a hall with each acknowledgement
 * (docs/city.md, "One identity"): how many tickets one person may take a day at all the city's
 * halls together ({@code ticketsPerDay}) and how many appointments one person may hold at once
 * across them ({@code activeAppointments}); 0: no city-wide limit. {@code capped}: the persons (city
 * keyed hashes) who have reached the day's ticket limit, each mark numbered by the hub
 * ({@code upTo} the highest), so a hall asks only for the marks after those it holds.
 */
public record CityLimits(int ticketsPerDay, int activeAppointments, long upTo, List<Mark> capped) {
    /** The most marks one acknowledgement carries; the hall asks again for the rest. */
    public static final int MAX_MARKS = 2_000;

    /** {@code person} reached the ticket limit on {@code day}. */
    public record Mark(long seq, LocalDate day, String person) {
    }

    public CityLimits {
        capped = capped == null ? List.of() : List.copyOf(capped);
    }

    public static CityLimits none() {
        return new CityLimits(0, 0, 0, List.of());
    }
}
