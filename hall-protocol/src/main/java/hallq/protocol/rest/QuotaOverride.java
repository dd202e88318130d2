package hallq.protocol.rest;

import java.time.LocalDate;
import java.time.LocalTime;

/** A manager sets a slot's quota ({@code quota} null: back to the proposed one). */
public record QuotaOverride(String serviceId, LocalDate date, LocalTime slot, Integer quota) {
}
