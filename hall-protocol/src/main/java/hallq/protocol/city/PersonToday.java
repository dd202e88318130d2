package hallq.protocol.city;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the city's hub holds of one citizen, by the city keyed hashes of their ID number (asked with
 * {@code POST /api/v1/city/person} and a {@link Query}, with a hall's login): their appointments at
 * every hall from today on, the handovers (代办转报) they are waiting on or that changed today, the
 * tickets they took today at all halls, and how many appointments they hold at halls other than the
 * one asking. No ID number and no name: the kiosk says "您在天河政务中心有 10:30 的预约".
 */
public record PersonToday(List<Booked> appointments, List<Handed> handovers, int ticketsToday,
                          int appointmentsElsewhere) {
    /** The most keys one question may carry (the current key and the earlier ones still valid). */
    public static final int MAX_KEYS = 8;

    /** The question: the person's city keyed hashes, the current one first. */
    public record Query(List<String> keys) {
        public Query {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /** An appointment at {@code hallId} ({@code hallName}), BOOKED or CHECKED_IN. */
    public record Booked(String hallId, String hallName, String serviceId, LocalDate date, LocalTime slot,
                         String status) {
    }

    /** A handover from {@code fromHallName} to {@code toHallName}, in {@code status} ({@link Handover#status()}). */
    public record Handed(String receipt, String fromHall, String fromHallName, String toHallName, String matterName,
                         String status) {
    }

    public PersonToday {
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        handovers = handovers == null ? List.of() : List.copyOf(handovers);
    }

    public static PersonToday nothing() {
        return new PersonToday(List.of(), List.of(), 0, 0);
    }
}
