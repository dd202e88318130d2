package hallq.controller.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where {@link WaitHistory} keeps the day's waits: a sample per service and hall minute, the wait
 * each ticket was told at issue, and what each ticket then waited (read from the tickets). The
 * SQLite adapter keeps them in the hall's database, on a connection of its own.
 */
public interface WaitStore extends AutoCloseable {

    /** One service at one minute: its queue, its windows, and the wait a new arrival would be told. */
    record SampleRow(String serviceId, Instant at, int waiting, int openWindows, double servingWindows,
                     Double predictedMean, Double predictedP90) {
    }

    /** One ticket of a day: when it was issued, first called or expired (null: not yet), and what it was told. */
    record TicketRow(String number, String serviceId, String priority, String status, Instant issuedAt,
                     Instant calledAt, Instant expiredAt, Double promisedMean, Double promisedP90) {
    }

    /** Adds a minute's samples, all or none; a minute already recorded is kept as it was. */
    void addSamples(LocalDate businessDate, int minuteOfDay, List<SampleRow> samples) throws StoreException;

    /** Adds the waits new tickets were told, all or none; a ticket already recorded is kept as it was. */
    void addPromises(List<HallListener.Issued> promises) throws StoreException;

    /** Deletes samples and promises of business days before {@code day}; answers how many rows went. */
    int deleteBefore(LocalDate day) throws StoreException;

    /** A day's samples of one service, by minute. */
    List<SampleRow> samples(LocalDate businessDate, String serviceId) throws StoreException;

    /** A day's tickets (all services when {@code serviceId} is null), voided ones left out, in issue order. */
    List<TicketRow> tickets(LocalDate businessDate, String serviceId) throws StoreException;

    @Override
    void close();
}
