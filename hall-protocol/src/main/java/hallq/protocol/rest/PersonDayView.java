package hallq.protocol.rest;

import hallq.protocol.ResidentId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a kiosk shows a citizen whose ID card it has just read ({@code POST /api/v1/person/today} with
 * a {@link Question}): their appointments from today on and their handovers (代办转报), at this hall
 * and — when the hall is in a city and the hub answered ({@code city}) — at every hall of the city.
 * Nothing names the person; the kiosk says "您在天河政务中心有 10:30 的预约".
 */
public record PersonDayView(List<Item> items, boolean city) {
    /** An APPOINTMENT (date, time, serviceId) or a HANDOVER (receipt, matter, status) at {@code hallName}. */
    public record Item(String kind, String hallId, String hallName, boolean here, String serviceId, LocalDate date,
                       LocalTime time, String status, String receipt, String matterName) {
        public static final String APPOINTMENT = "APPOINTMENT";
        public static final String HANDOVER = "HANDOVER";
    }

    /** The question: the ID number the card reader read (never logged: masked in toString). */
    public record Question(String idNumber) {
        @Override
        public String toString() {
            return "Question[idNumber=" + (idNumber == null ? null : ResidentId.mask(idNumber)) + "]";
        }
    }

    public PersonDayView {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
