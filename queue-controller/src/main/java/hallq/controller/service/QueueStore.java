package hallq.controller.service;

import hallq.controller.core.Change;
import hallq.controller.core.CitySupervision;
import hallq.controller.core.HallHandover;
import hallq.controller.core.LedgerEntry;
import hallq.controller.core.Notice;
import hallq.controller.core.PolicyDecision;
import hallq.controller.core.Quotas;
import hallq.controller.core.Rating;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.Window;
import hallq.controller.core.WorkOrder;
import hallq.protocol.config.PolicyConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the hall's state is kept (the SQLite file, {@code adapter.sqlite.SqliteStore}). One writer
 * stages changes and commits them together (group commit); look-ups may come from any thread.
 */
public interface QueueStore extends AutoCloseable {
    /** Stores a whole change in one transaction; on failure nothing of it is stored. */
    void save(Change change) throws StoreException;

    /**
     * Writes a change into the open transaction without committing it: several changes can share
     * one commit. Follow with {@link #commit()} or {@link #rollback()}.
     */
    void stage(Change change) throws StoreException;

    /** Makes everything staged durable (fsync): only then may it be acknowledged. */
    void commit() throws StoreException;

    void rollback();

    /** Tickets the controller must hold: the given day's, and unfinished ones of any earlier day. */
    List<Ticket> loadTickets(LocalDate day) throws StoreException;

    /**
     * Service times (call to finish, minutes) of the tickets done from {@code from} on, per service,
     * oldest first, at most the latest {@code perService} of each: what the predictor learned before
     * this start, so a restart or a new day does not make it forget (a village station serves a few
     * dozen citizens a day).
     */
    Map<String, List<Double>> serviceMinutes(LocalDate from, int perService) throws StoreException;

    /** The business day a clientRequestId was used on, or null when it never was. */
    LocalDate dayOfRequest(String clientRequestId) throws StoreException;

    /** The latest instant anything was stored at (ticket and window events), or null before the first. */
    Instant latestInstant() throws StoreException;

    long maxTicketId() throws StoreException;

    List<Window> loadWindows() throws StoreException;

    /** Open policy decisions, the latest closed ones, and the last opening of each window. */
    List<PolicyDecision> loadDecisions() throws StoreException;

    /** Policy settings a manager changed live, or null. */
    PolicyConfig loadPolicy() throws StoreException;

    /** Ratings given on one business day, oldest first. */
    List<Rating> ratings(LocalDate day) throws StoreException;

    long maxRatingId() throws StoreException;

    long maxNoticeId() throws StoreException;

    /** Supervision notices of one business day, oldest first. */
    List<Notice> notices(LocalDate day) throws StoreException;

    long maxWorkOrderId() throws StoreException;

    /** Work orders not finished, and those that changed on or after {@code since}. */
    List<WorkOrder> workOrdersToHold(Instant since) throws StoreException;

    /** Work orders dispatched within {@code [from, to]}, oldest first. */
    List<WorkOrder> workOrders(LocalDate from, LocalDate to) throws StoreException;

    /** The city's supervision notices not answered, and those answered on or after {@code since}. */
    List<CitySupervision> citySupervisionsToHold(Instant since) throws StoreException;

    /** Handovers to and from the hall still open, and those closed since {@code since}. */
    List<HallHandover> handoversToHold(Instant since) throws StoreException;

    long maxAppointmentId() throws StoreException;

    /** Appointments of {@code from} and after, and any still booked from before; slot quotas from then on. */
    List<LedgerEntry> appointmentsFrom(LocalDate from) throws StoreException;

    /** A service's appointment history over days {@code [from, to)}: no-show and fill rates. */
    Quotas.Demand appointmentDemand(String serviceId, LocalDate from, LocalDate to) throws StoreException;

    /** The recorded path of one ticket, oldest first. */
    List<TicketEvent> events(long ticketId) throws StoreException;

    /** A restore whose numbering has not been resumed yet: {@code backupAt} is the backup's latest instant (or null). */
    record PendingRestore(long id, Instant backupAt) {
    }

    /** The restore from a backup this start must resume numbering after, if any (docs/decisions.md D19). */
    Optional<PendingRestore> pendingRestore() throws StoreException;

    /** The most tickets the hall ever issued within one hour (0 before the first). */
    int peakTicketsPerHour() throws StoreException;

    /** Numbers (seq) taken as used on {@code day} per service whatever its tickets say; empty on most days. */
    Map<String, Integer> numberingFloors(LocalDate day) throws StoreException;

    /** Stores the floors of {@code day} and marks the restore resumed, in one transaction. */
    void resumeNumbering(long restoreId, LocalDate day, Map<String, Integer> floors, Instant at) throws StoreException;
}
