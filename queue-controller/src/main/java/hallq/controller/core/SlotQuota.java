package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A manager's quota for one slot of a service on a day; {@code quota} null returns it to the proposal. */
public record SlotQuota(String serviceId, LocalDate date, LocalTime slot, Integer quota, String actor, Instant at)
        implements LedgerEntry {
}
