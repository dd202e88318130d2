package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An efficiency-supervision finding (效能监督), recorded once per episode ({@code key}) and counted
 * in the reports: a window idle while citizens it could serve wait, a window left unattended, a
 * service far longer than usual, a citizen waiting past the service's target.
 */
public record Notice(long id, Kind kind, String key, LocalDate businessDate, Instant at, String serviceId,
                     Integer window, Long ticketId, String message) implements LedgerEntry {
    public enum Kind {
        IDLE_WHILE_WAITING, UNATTENDED, LONG_SERVICE, OVER_TARGET
    }
}
