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
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk wired in one place: controller client, printer, issuing flow, view model, a poller
 * (services and printer status every {@code poll}) and a one-second ticker for the idle timeout.
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    private final KioskViewModel vm;
    private final ExecutorService worker;
    private final ScheduledExecutorService timers;

    public Kiosk(HallConfig config, ControllerClient controller, TicketPrinter printer, KioskIdentity id,
                 KioskEvents events, Duration poll) {
        InstantSource clock = InstantSource.system();
        worker = Executors.newSingleThreadExecutor(r -> daemon(r, "kiosk-worker"));
        timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kiosk-timers"));
        TicketIssuer issuer = new TicketIssuer(controller, printer, new SlipFactory(config), events, id, clock);
        LiveStatus live = new LiveStatus(controller, printer, issuer, events, id, clock);
        vm = new KioskViewModel(issuer, live, events, id, new RequestIds(id),
                new KioskRuntime(clock, worker, KioskSettings.defaults()));
        timers.scheduleWithFixedDelay(() -> guard(vm::refresh), 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(() -> guard(vm::tick), 1, 1, TimeUnit.SECONDS);
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
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
