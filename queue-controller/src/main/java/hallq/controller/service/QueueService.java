package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.protocol.config.HallConfig;
import java.time.InstantSource;

/**
 * The hall's services, over its one writer ({@link HallWriter}): each feature is a small class that
 * says what to plan and how to answer, and the writer makes it durable. Open it once per
 * controller; adapters take the feature they serve.
 */
public final class QueueService implements AutoCloseable {
    private final HallConfig config;
    private final HallWriter writer;
    private final DeviceRegistry devices;
    private final Publication publication;
    private final Tickets tickets;
    private final Windows windows;
    private final Appointments appointments;
    private final Ratings ratings;
    private final WorkOrders workOrders;
    private final Policy policy;
    private final CitySupervisions citySupervisions;
    private final Handovers handovers;
    private final Hall hall;
    private final PersonKeys personKeys;
    private final PersonDay personDay;

    private QueueService(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours,
                         PersonKeys personKeys) throws StoreException {
        this.config = config;
        this.personKeys = personKeys;
        this.publication = new Publication();
        this.writer = new HallWriter(config, store, clock, enforceHours, publication);
        Tokens tokens = new Tokens();
        this.hall = new Hall(config, writer, store, publication);
        this.devices = new DeviceRegistry(config, hall::notice);
        this.tickets = new Tickets(writer, store, personKeys, tokens);
        this.windows = new Windows(writer);
        this.appointments = new Appointments(writer, store, personKeys, tokens);
        this.ratings = new Ratings(writer, store);
        this.workOrders = new WorkOrders(writer, store);
        this.policy = new Policy(writer);
        this.citySupervisions = new CitySupervisions(writer);
        this.handovers = new Handovers(writer, config.hall(), tokens, new ReceiptPrints(config, devices, clock));
        this.personDay = new PersonDay(writer, personKeys, config.hall());
    }

    /** Resumes the hall from the store: windows, the day's tickets and numbering, then rolls over if needed. */
    public static QueueService open(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours)
            throws StoreException {
        return open(config, store, clock, enforceHours, PersonKeys.ephemeral());
    }

    /** As above, with the hall's key for hashing ID numbers (per-person caps across restarts). */
    public static QueueService open(HallConfig config, QueueStore store, InstantSource clock, boolean enforceHours,
                                    PersonKeys personKeys) throws StoreException {
        QueueService service = new QueueService(config, store, clock, enforceHours, personKeys);
        service.writer.start();
        service.tick();
        return service;
    }

    /** How ID numbers become keyed hashes, with the city's keys and limits when the hall is in a city. */
    public PersonKeys personKeys() {
        return personKeys;
    }

    /** A citizen's appointments and handovers, here and across the city, for the kiosk. */
    public PersonDay personDay() {
        return personDay;
    }

    public Tickets tickets() {
        return tickets;
    }

    public Windows windows() {
        return windows;
    }

    public Appointments appointments() {
        return appointments;
    }

    public Ratings ratings() {
        return ratings;
    }

    public WorkOrders workOrders() {
        return workOrders;
    }

    public Policy policy() {
        return policy;
    }

    /** The city's supervision notices (督办). */
    public Handovers handovers() {
        return handovers;
    }

    public CitySupervisions citySupervisions() {
        return citySupervisions;
    }

    /** The read side: services, the snapshot, the business day, alerts. */
    public Hall hall() {
        return hall;
    }

    /** Devices as last heard of (status topics), for dashboards. */
    public DeviceRegistry devices() {
        return devices;
    }

    public void addListener(HallListener listener) {
        publication.add(listener);
    }

    public HallConfig config() {
        return config;
    }

    public InstantSource clock() {
        return writer.clock();
    }

    /**
     * The work nobody asks for, on the controller's ticker: the day's rollover on time, the
     * window-opening policy, appointments that expire, overdue work orders and handovers, supervision, devices
     * gone quiet.
     */
    public void tick() {
        writer.submit((h, now) -> Outcome.accepted(null, h.policy().plan(now)), (h, x) -> null);
        writer.submit((h, now) -> Outcome.accepted(null, h.core().expireAppointments(now)), (h, x) -> null);
        writer.submit((h, now) -> Outcome.accepted(null, h.core().overdueWorkOrders(now)), (h, x) -> null);
        writer.submit((h, now) -> Outcome.accepted(null, h.core().overdueHandovers(now)), (h, x) -> null);
        writer.submit((h, now) -> Outcome.accepted(null, h.core().supervise(now, h.predictor()::serviceMinutes)),
                (h, x) -> null);
        devices.sweep(writer.clock().instant());
    }

    @Override
    public void close() {
        writer.close();
    }
}
