package hallq.city.app;

import hallq.city.http.HubApi;
import hallq.city.store.EventStore;
import hallq.city.store.HandoverStore;
import hallq.city.store.HubDatabase;
import hallq.city.store.OverviewStore;
import hallq.city.store.PersonKeyFile;
import hallq.city.store.PersonStore;
import hallq.city.store.Registry;
import hallq.city.store.ReportStore;
import hallq.city.store.StaffStore;
import hallq.city.store.SupervisionStore;
import java.time.InstantSource;
import java.util.List;

/** A running city hub: its database (private cluster or external) and its HTTP API. */
public final class Hub implements AutoCloseable {
    private final HubDatabase db;
    private final HubApi api;
    private final Registry registry;
    private final EventStore events;
    private final StaffStore staff;

    private Hub(HubDatabase db, HubApi api, Registry registry, EventStore events, StaffStore staff) {
        this.db = db;
        this.api = api;
        this.registry = registry;
        this.events = events;
        this.staff = staff;
    }

    public StaffStore staff() {
        return staff;
    }

    /** Serves {@code db} on {@code host:port} (0: a free port). */
    public static Hub start(HubDatabase db, String host, int port, InstantSource clock) {
        return start(db, host, port, clock, PersonKeyFile.inMemory());
    }

    /** As above, with the city's person keys ({@code keys}: their file in the hub's data folder). */
    public static Hub start(HubDatabase db, String host, int port, InstantSource clock, PersonKeyFile keys) {
        Registry registry = new Registry(db);
        EventStore events = new EventStore(db);
        StaffStore staff = new StaffStore(db);
        HubApi api = new HubApi(events, registry, new OverviewStore(db), new ReportStore(db, registry), staff,
                new SupervisionStore(db), new HandoverStore(db), new PersonStore(db), keys, clock)
                .start(host, port);
        return new Hub(db, api, registry, events, staff);
    }

    /** Every endpoint with who may call it. */
    public List<String> endpoints() {
        return api.endpoints();
    }

    public int port() {
        return api.port();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public Registry registry() {
        return registry;
    }

    public EventStore events() {
        return events;
    }

    public HubDatabase database() {
        return db;
    }

    @Override
    public void close() {
        api.close();
        db.close();
    }
}
