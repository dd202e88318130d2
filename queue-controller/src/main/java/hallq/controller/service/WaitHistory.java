package hallq.controller.service;

import hallq.protocol.WindowState;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's waits as they were predicted and as they turned out, kept in SQLite for the manager's
 * dashboard. Once every hall minute, for each service that takes tickets or has citizens waiting:
 * how many wait, how many open windows serve it, and the wait a new arrival would be told (mean and
 * p90). For each ticket, the wait it was told when it was issued. What each ticket then waited is
 * read from the tickets themselves.
 *
 * <p>A thread of its own writes to its {@link WaitStore}, so nothing here is on a request's path
 * or in a queue batch. The minute follows the hall's clock (the one the queue runs on). Rows older
 * than {@value #KEEP_DAYS} days are deleted on the first sample of each business day.
 */
public final class WaitHistory implements HallListener, AutoCloseable {
    public static final int KEEP_DAYS = 62;
    private static final Logger LOG = LoggerFactory.getLogger(WaitHistory.class);
    private static final int MAX_PENDING = 10_000;
    private final QueueService service;
    private final ZoneId zone;
    private final WaitStore store;
    private final BlockingQueue<Issued> pending = new LinkedBlockingQueue<>(MAX_PENDING);
    private final Thread thread;
    private volatile boolean running = true;
    private LocalDateTime lastMinute;
    private LocalDate prunedFor;
    private final AtomicLong dropped = new AtomicLong();

    /** A minute of one service: the queue, its windows and what a new arrival would have been told. */
    public record Sample(OffsetDateTime at, int waiting, int openWindows, double servingWindows,
                         Double predictedWaitMinutes, Double predictedWaitP90Minutes) {
    }

    /**
     * One ticket: the wait it was told at issue (null when that was not recorded, or no window served
     * it) and the time from issue to its first call, or until now (still waiting) or the day's end.
     */
    public record TicketWait(String number, String serviceId, String priority, String status, OffsetDateTime issuedAt,
                             OffsetDateTime calledAt, Double promisedMinutes, Double promisedP90Minutes,
                             double waitedMinutes, boolean stillWaiting) {
    }

    /**
     * Promise against outcome. {@code called}: tickets told a wait and called since, over which the
     * means are taken. {@code overP90}: tickets that waited longer than the p90 they were told, called
     * or still waiting; {@code overP90Share} is their share of {@code called} plus those still waiting
     * past it (a ticket still waiting within its range is not judged yet).
     */
    public record Summary(int tickets, int called, Double meanPromisedMinutes, Double meanWaitedMinutes, int overP90,
                          Double overP90Share) {
    }

    public record Day(LocalDate date, String serviceId, OffsetDateTime asOf, List<Sample> samples,
                      List<TicketWait> tickets, Summary summary) {
    }

    private WaitHistory(QueueService service, WaitStore store) {
        this.service = service;
        this.zone = ZoneId.of(service.config().hall().timezone());
        this.store = store;
        this.thread = new Thread(this::run, "wait-history");
        thread.setDaemon(true);
    }

    /**
     * Starts recording into {@code store} (which this history closes): samples once a hall minute,
     * checked every second, and the predictions of new tickets as they are stored.
     */
    public static WaitHistory start(QueueService service, WaitStore store) {
        WaitHistory h = new WaitHistory(service, store);
        service.addListener(h);
        h.thread.start();
        return h;
    }

    @Override
    public void changed(List<CallEvent> calls, List<WindowView> windows) {
    }

    /** Called under the queue's lock: only hands the predictions over to this history's thread. */
    @Override
    public void issued(List<Issued> tickets) {
        for (Issued t : tickets) {
            if (!pending.offer(t) && dropped.getAndIncrement() % 1000 == 0) {
                LOG.warn("wait history is behind: {} ticket predictions not recorded so far", dropped.get());
            }
        }
    }

    private void run() {
        while (running) {
            try {
                Issued first = pending.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    List<Issued> batch = new ArrayList<>();
                    batch.add(first);
                    pending.drainTo(batch, 999);
                    store.addPromises(batch);
                }
                sampleIfDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (StoreException | RuntimeException e) {
                LOG.error("wait history not recorded: {}", e.getMessage());
            }
        }
    }

    /** Takes this minute's sample unless it was taken already. */
    synchronized void sampleIfDue() throws StoreException {
        Instant now = service.clock().instant();
        LocalDateTime minute = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        if (minute.equals(lastMinute)) {
            return;
        }
        HallSnapshot hall = service.hall().snapshot();
        lastMinute = minute;
        if (!hall.businessDate().equals(prunedFor)) {
            prune(hall.businessDate());
        }
        int minuteOfDay = minute.getHour() * 60 + minute.getMinute();
        // a service a new arrival could not take a ticket for, with nobody waiting, has nothing to predict
        List<ServiceView> sampled = hall.queues().stream().filter(s -> s.accepting() || s.waiting() > 0).toList();
        store.addSamples(hall.businessDate(), minuteOfDay, sampled.stream().map(s -> new WaitStore.SampleRow(s.id(), now,
                s.waiting(), openWindows(hall.windows(), s.id()), s.servingWindows(), s.predictedWaitMinutes(),
                s.predictedWaitP90Minutes())).toList());
    }

    private static int openWindows(List<WindowView> windows, String serviceId) {
        return (int) windows.stream().filter(w -> w.state() == WindowState.OPEN && w.services().contains(serviceId))
                .count();
    }

    private void prune(LocalDate today) throws StoreException {
        LocalDate before = today.minusDays(KEEP_DAYS);
        int rows = store.deleteBefore(before);
        if (rows > 0) {
            LOG.info("wait history: {} rows from before {} deleted", rows, before);
        }
        prunedFor = today;
    }

    /** A day's samples of one service (none when {@code serviceId} is null) and its tickets (all services when null). */
    public synchronized Day day(LocalDate date, String serviceId) {
        Instant now = service.clock().instant();
        try {
            List<Sample> samples = serviceId == null ? List.of() : samples(date, serviceId);
            List<TicketWait> tickets = tickets(date, serviceId, now);
            return new Day(date, serviceId, time(now), samples, tickets, summary(tickets));
        } catch (StoreException e) {
            throw new StorageFailure("could not read the wait history", e);
        }
    }

    private List<Sample> samples(LocalDate date, String serviceId) throws StoreException {
        return store.samples(date, serviceId).stream().map(r -> new Sample(time(r.at()), r.waiting(), r.openWindows(),
                r.servingWindows(), r.predictedMean(), r.predictedP90())).toList();
    }

    /** Each ticket's wait: to its first call, to its expiry, or (still waiting) to now. */
    private List<TicketWait> tickets(LocalDate date, String serviceId, Instant now) throws StoreException {
        List<TicketWait> out = new ArrayList<>();
        for (WaitStore.TicketRow r : store.tickets(date, serviceId)) {
            boolean waiting = r.calledAt() == null && r.expiredAt() == null;
            Instant end = r.calledAt() != null ? r.calledAt() : r.expiredAt() != null ? r.expiredAt()
                    : r.issuedAt().isAfter(now) ? r.issuedAt() : now;
            out.add(new TicketWait(r.number(), r.serviceId(), r.priority(), r.status(), time(r.issuedAt()),
                    r.calledAt() == null ? null : time(r.calledAt()), r.promisedMean(), r.promisedP90(),
                    round((end.toEpochMilli() - r.issuedAt().toEpochMilli()) / 60_000.0), waiting));
        }
        return out;
    }

    static Summary summary(List<TicketWait> tickets) {
        int called = 0;
        int judged = 0;
        int over = 0;
        double promised = 0;
        double waited = 0;
        for (TicketWait t : tickets) {
            if (t.promisedMinutes() == null) {
                continue;
            }
            boolean past = t.waitedMinutes() > t.promisedP90Minutes();
            if (!t.stillWaiting()) {
                called++;
                judged++;
                promised += t.promisedMinutes();
                waited += t.waitedMinutes();
            } else if (past) {
                judged++;
            }
            over += past ? 1 : 0;
        }
        return new Summary(tickets.size(), called, called == 0 ? null : round(promised / called),
                called == 0 ? null : round(waited / called), over,
                judged == 0 ? null : Math.round(over * 1000.0 / judged) / 1000.0);
    }

    private OffsetDateTime time(Instant t) {
        return t.atZone(zone).toOffsetDateTime();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            store.close();
        }
    }
}
