package hallq.controller.service;

import hallq.protocol.city.CityEvent;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.CityNotice;
import hallq.protocol.city.HallLive;
import hallq.protocol.city.Handover;
import hallq.protocol.city.IngestAck;
import hallq.protocol.city.IngestBatch;
import hallq.protocol.city.PersonKeyRing;
import hallq.protocol.city.PersonToday;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the hall's city outbox to the hub (docs/city.md, "Relay"), on a thread of its own that
 * never touches the writer: it asks the hub what it holds, sends what follows in batches, remembers
 * each acknowledgement, and prunes what the hub has held long enough. Any failure — hub down,
 * unreachable, refusing — makes it back off (1 s doubling to a minute) and start again from what the
 * hub says it holds, so nothing is lost and a replay is harmless. When there is nothing to send it
 * sends an empty batch now and then, so the city can tell a quiet hall from a lost one; every batch
 * carries the hall's live figures for the city overview.
 */
public final class CityRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CityRelay.class);

    /** The hub, as the relay sees it. */
    public interface Hub {
        /** What the hub holds of this hall. */
        IngestAck holds() throws LinkProblem;

        IngestAck send(IngestBatch batch) throws LinkProblem;

        /** The halls the hub proposes for a handover of a matter, as its JSON; none by default. */
        default String proposals(String serviceId) throws LinkProblem {
            return "[]";
        }

        /** What the city holds of a citizen, by their city keyed hashes; nothing by default. */
        default PersonToday person(PersonToday.Query query) throws LinkProblem {
            return PersonToday.nothing();
        }
    }

    /** The city's person keys and limits as the hall holds them (its batches say which), and taking the hub's word. */
    public interface Identity {
        long ringVersion();

        long limitsUpTo();

        void take(PersonKeyRing ring, CityLimits limits);
    }

    /** The hub could not be reached, or answered with anything but success, or makes no sense (the message says what). */
    public static final class LinkProblem extends Exception {
        public LinkProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How it paces itself. */
    public record Settings(int batchSize, Duration poll, Duration heartbeat, Duration backoffMax, Duration keep) {
        public static Settings defaults() {
            return new Settings(1_000, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(1),
                    Duration.ofDays(30));
        }
    }

    /** For the dashboard and /health: what the hub holds, how much waits to be sent, and the last trouble. */
    public record Status(boolean linked, long acknowledged, long pending, Instant lastAcknowledged, String problem) {
    }

    private final String hallId;
    private final CityOutbox outbox;
    private final Hub hub;
    private final Supplier<HallLive> live;
    private final Consumer<List<CityNotice>> notices;
    private final Consumer<List<Handover>> handovers;
    private final InstantSource clock;
    private final Settings settings;
    private final Loop loop;
    private volatile Identity identity;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private Instant lastPruned;
    private volatile Status status = new Status(false, 0, 0, null, "not yet connected");

    /**
     * {@code live} says how the hall stands now, for each batch (null: nothing to say); {@code notices}
     * takes in the city's supervision notices an acknowledgement hands over.
     */
    public CityRelay(String hallId, CityOutbox outbox, Hub hub, Supplier<HallLive> live,
                     Consumer<List<CityNotice>> notices, InstantSource clock, Settings settings) {
        this(hallId, outbox, hub, live, notices, h -> { }, clock, settings);
    }

    /** As above; {@code handovers} takes in the hub's copies of handovers to and from the hall. */
    public CityRelay(String hallId, CityOutbox outbox, Hub hub, Supplier<HallLive> live,
                     Consumer<List<CityNotice>> notices, Consumer<List<Handover>> handovers, InstantSource clock,
                     Settings settings) {
        this.handovers = Objects.requireNonNull(handovers);
        this.hallId = Objects.requireNonNull(hallId);
        this.outbox = outbox;
        this.hub = hub;
        this.live = live;
        this.notices = Objects.requireNonNull(notices);
        this.clock = clock;
        this.settings = settings;
        this.loop = new Loop("city-relay", this::run);
    }

    /** Keeps {@code id} up to date with the hub's keys and limits (before {@link #start}). */
    public CityRelay identity(Identity id) {
        this.identity = id;
        return this;
    }

    public CityRelay start() {
        loop.start();
        return this;
    }

    public Status status() {
        return status;
    }

    /** What the city holds of a citizen (asked now: a kiosk or a booking waits, briefly). */
    public PersonToday person(PersonToday.Query query) throws LinkProblem {
        return hub.person(query);
    }

    /** The hub's proposals of a hall to hand a matter over to (asked now, not queued: the clerk waits). */
    public String proposals(String serviceId) throws LinkProblem {
        return hub.proposals(serviceId);
    }

    private void run() {
        Duration backoff = firstBackoff();
        while (loop.running()) {
            try {
                relay();
            } catch (LinkProblem | StoreException e) {
                if (status.problem() == null || !status.problem().equals(e.getMessage())) {
                    LOG.warn("city hub: {}; retrying, backing off up to {}", e.getMessage(), settings.backoffMax());
                }
                status = new Status(false, status.acknowledged(), pendingNow(), status.lastAcknowledged(),
                        e.getMessage());
                loop.pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(settings.backoffMax()) > 0 ? settings.backoffMax()
                        : backoff.multipliedBy(2);
                continue;
            } catch (RuntimeException e) {
                LOG.error("city relay failed; retrying", e);
                loop.pause(settings.backoffMax());
                continue;
            }
            backoff = firstBackoff();
        }
    }

    /** A second after the first failure, doubling to the longest backoff (never past it, however short it is). */
    private Duration firstBackoff() {
        Duration first = Duration.ofSeconds(1);
        return first.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : first;
    }

    /** What waits for the hub now, beyond what it last acknowledged (the outbox grows while the hub is away). */
    private long pendingNow() {
        try {
            return Math.max(0, outbox.highest() - status.acknowledged());
        } catch (StoreException e) {
            return status.pending();
        }
    }

    /** Sends until the outbox is empty or the relay stops; returns only by exception or on close. */
    private void relay() throws LinkProblem, StoreException {
        IngestAck holds = hub.holds();
        long moved = outbox.resumeAfterRestore(holds.watermark(), clock.instant());
        if (moved > 0) {
            LOG.warn("restored from a backup: the hub holds {}'s events up to {}; those written since the restore "
                    + "follow them (renumbered by {})", hallId, holds.watermark(), moved);
        }
        long held = remember(holds);
        if (status.problem() != null) {
            LOG.info("city hub reached: it holds {}'s events up to {}", hallId, held);
        }
        Instant lastSent = clock.instant();
        while (loop.running()) {
            List<CityEvent> events = outbox.after(held, settings.batchSize());
            if (events.isEmpty()) {
                if (Duration.between(lastSent, clock.instant()).compareTo(settings.heartbeat()) >= 0) {
                    held = remember(hub.send(batch(List.of())));
                    lastSent = clock.instant();
                }
                loop.pause(settings.poll());
                continue;
            }
            held = remember(hub.send(batch(events)));
            lastSent = clock.instant();
        }
    }

    private IngestBatch batch(List<CityEvent> events) {
        Identity id = identity;
        return new IngestBatch(hallId, events, live(), id == null ? 0L : id.ringVersion(),
                id == null ? 0L : id.limitsUpTo());
    }

    private HallLive live() {
        if (live == null) {
            return null;
        }
        try {
            return live.get();
        } catch (RuntimeException e) { // the events matter more than the figures: send them without
            LOG.warn("the hall's live figures for the city: {}", e.getMessage());
            return null;
        }
    }

    private long remember(IngestAck ack) throws StoreException, LinkProblem {
        Instant now = clock.instant();
        long highest = outbox.highest();
        if (ack.watermark() > highest) {
            // the hub holds more than this hall ever wrote: another hall's data, or this hall's database was replaced
            throw new LinkProblem("the hub holds events up to " + ack.watermark() + " for " + hallId
                    + " but this hall has written only " + highest + ": is this the hall's own database?", null);
        }
        outbox.acknowledged(ack.watermark(), now);
        if (lastPruned == null || Duration.between(lastPruned, now).compareTo(PRUNE_EVERY) >= 0) {
            outbox.prune(ack.watermark(), now.minus(settings.keep())); // month-old rows: hourly is plenty
            lastPruned = now;
        }
        status = new Status(true, ack.watermark(), highest - ack.watermark(), now, null);
        if (!ack.notices().isEmpty()) {
            try {
                notices.accept(ack.notices());
            } catch (RuntimeException e) { // the hub hands them over again with its next acknowledgement
                LOG.warn("taking in {} city supervision notices: {}", ack.notices().size(), e.getMessage());
            }
        }
        Identity id = identity;
        if (id != null && (ack.personKeys() != null || ack.limits() != null)) {
            try {
                id.take(ack.personKeys(), ack.limits());
            } catch (RuntimeException e) { // asked again: the batches still name the old version
                LOG.warn("taking in the city's person keys and limits: {}", e.getMessage());
            }
        }
        if (!ack.handovers().isEmpty()) {
            try {
                handovers.accept(ack.handovers());
            } catch (RuntimeException e) { // handed over again with the next acknowledgement
                LOG.warn("taking in {} handovers: {}", ack.handovers().size(), e.getMessage());
            }
        }
        return ack.watermark();
    }

    @Override
    public void close() {
        loop.stop();
        outbox.close();
    }
}
