package hallq.controller.report;

import java.time.Instant;
import java.time.LocalDate;

/** Where reports read the hall's records from: read-only, never through the queue's writer. */
public interface ReportSource {
    /**
     * The records of one business day, whose local day runs from {@code start} to {@code end}.
     *
     * @throws Unreadable when the records cannot be read
     */
    DayRecord day(LocalDate date, Instant start, Instant end);

    /** The records could not be read (a disk fault, a file that is not a hall's). */
    final class Unreadable extends RuntimeException {
        public Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
