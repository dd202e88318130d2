package hallq.kiosk.testing;

import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.RequestIds;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.ui.KioskRuntime;
import hallq.kiosk.ui.KioskSettings;
import hallq.kiosk.ui.KioskViewModel;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;

/** A kiosk view model over the fakes, wired as the app wires it. */
public final class TestKiosk {
    public static final Path DEMO = Path.of("../config/demo-hall.yml");
    public static final KioskIdentity ID = new KioskIdentity("kiosk-1", "kiosk-1-printer");
    public static final KioskSettings SETTINGS = new KioskSettings(Duration.ofSeconds(45), Duration.ofSeconds(10),
            Duration.ofSeconds(120));

    public final HallConfig config = new HallConfigLoader().load(DEMO);
    public final MutableClock clock = MutableClock.mondayAt(10, 0);
    public final InMemoryController controller = new InMemoryController(config,
            clock.instant().atOffset(ZoneOffset.ofHours(8)));
    public final RecordingTicketPrinter printer = new RecordingTicketPrinter();
    public final RecordingEvents events = new RecordingEvents();
    public final KioskViewModel vm;

    public TestKiosk() {
        this(Runnable::run);
    }

    public TestKiosk(Executor worker) {
        this(worker, SETTINGS);
    }

    /** With other settings, e.g. the services that ask for the ID card ({@link KioskSettings#forHall}). */
    public TestKiosk(Executor worker, KioskSettings settings) {
        this(worker, settings, worker);
    }

    /** With look-ups (the card holder's day) on their own executor, e.g. one that holds them. */
    public TestKiosk(Executor worker, KioskSettings settings, Executor lookups) {
        TicketIssuer issuer = new TicketIssuer(controller, printer, new SlipFactory(config), events, ID, clock);
        LiveStatus live = new LiveStatus(controller, printer, issuer, events, ID, clock);
        vm = new KioskViewModel(issuer, live, events, ID, new RequestIds(ID), new KioskRuntime(clock, worker, settings, lookups));
    }
}
