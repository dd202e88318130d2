package hallq.kiosk.app;

import hallq.devices.printer.TicketPrinter;
import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.flow.KioskEvents;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.RequestIds;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.ui.KioskRuntime;
import hallq.kiosk.ui.KioskSettings;
import hallq.kiosk.ui.KioskViewModel;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk wired in one place: controller client, printer, issuing flow, view model (its worker,
 * and a thread of its own for look-ups that must not hold up a ticket), a poller (services and
 * printer status every {@code poll}) and a one-second ticker for the idle timeout.
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    private final KioskViewModel vm;
    private final ExecutorService worker;
    private final ExecutorService lookups;
    private final ScheduledExecutorService timers;

    public Kiosk(HallConfig config, ControllerClient controller, TicketPrinter printer, KioskIdentity id,
                 KioskEvents events, Duration poll, boolean idCardReader) {
        InstantSource clock = InstantSource.system();
        worker = Executors.newSingleThreadExecutor(r -> daemon(r, "kiosk-worker"));
        lookups = Executors.newSingleThreadExecutor(r -> daemon(r, "kiosk-lookups"));
        timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kiosk-timers"));
        TicketIssuer issuer = new TicketIssuer(controller, printer, new SlipFactory(config), events, id, clock);
        LiveStatus live = new LiveStatus(controller, printer, issuer, events, id, clock);
        vm = new KioskViewModel(issuer, live, events, id, new RequestIds(id),
                new KioskRuntime(clock, worker, settings(config, idCardReader), lookups));
        timers.scheduleWithFixedDelay(() -> guard(vm::refresh), 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(() -> guard(vm::tick), 1, 1, TimeUnit.SECONDS);
    }

    /** The hall's time zone; with a reader fitted, the card is asked for the services with a per-person cap. */
    static KioskSettings settings(HallConfig config, boolean idCardReader) {
        return KioskSettings.defaults().forHall(ZoneId.of(config.hall().timezone()), !idCardReader ? Set.of()
                : config.services().stream().filter(s -> s.perPersonDailyCap() > 0).map(ServiceConfig::id)
                        .collect(Collectors.toSet()));
    }

    public KioskViewModel viewModel() {
        return vm;
    }

    private static void guard(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("kiosk timer task failed", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        lookups.shutdownNow();
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
