package hallq.sim.demo;

import hallq.devices.DeviceException;
import hallq.devices.idcard.SerialIdCardReader;
import hallq.kiosk.app.IdCardBinding;
import hallq.kiosk.client.HttpControllerClient;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.LoggingKioskEvents;
import hallq.kiosk.flow.PrinterCheck;
import hallq.kiosk.flow.RequestIds;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.ui.KioskRuntime;
import hallq.kiosk.ui.KioskSettings;
import hallq.kiosk.ui.KioskState;
import hallq.kiosk.ui.KioskViewModel;
import hallq.kiosk.ui.Screen;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.MqttLogin;
import hallq.sim.idcard.SimIdCardReader;
import hallq.sim.printer.PtyPrinter;
import hallq.sim.printer.SimPrinter;
import hallq.sim.pty.PtyWire;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One self-service kiosk of the demo, headless: the kiosk's own view model and issuing flow
 * (kiosk-app), the real HTTP client to the controller, and a simulated ESC/POS printer over a pty
 * pair. Citizens queue in front of it and take their tickets one at a time, touching the same view
 * model the JavaFX kiosk shows; most put their ID card on the kiosk's reader first (card frames over
 * a second pty pair, read by the kiosk's own serial reader and binding). A citizen back for a
 * handover's result scans the QR code of their 收件通知书 instead and takes the pickup ticket. A
 * citizen the kiosk cannot serve (printer down) walks to another one.
 */
final class KioskStation implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskStation.class);
    private static final int CONTROLLER_RETRIES = 20;
    /**
     * Longer than a kiosk's usual 500 ms: the demo runs a hall's worth of devices on one small
     * machine, and a printer answering late there is load, not a fault worth voiding a ticket for.
     */
    private static final Duration PRINTER_STATUS_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CARD_READ_WITHIN = Duration.ofSeconds(3);
    private final String id;
    private final PtyPrinter printer;
    private final KioskViewModel vm;
    private final DemoClock clock;
    private final TicketLedger ledger;
    private final CountDownLatch stop;
    private final BlockingQueue<Visitor> line = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final PtyWire idWire;
    private final SerialIdCardReader idReader;
    private final SimIdCardReader idCards;
    private final Object cardSeen = new Object();
    private volatile boolean cardShown; // written by the view model's subscriber, read under cardSeen alone
    private final ExecutorService lookups;
    private final AtomicInteger printed = new AtomicInteger();
    private final AtomicInteger turnedAway = new AtomicInteger();
    private final AtomicInteger carded = new AtomicInteger();
    private volatile Consumer<Visitor> elsewhere = v -> turnedAway.incrementAndGet();

    KioskStation(String id, HallConfig config, URI controller, MqttLogin login, Path data, DemoClock clock,
                 TicketLedger ledger, CountDownLatch stop) throws Exception {
        this.id = id;
        this.clock = clock;
        this.ledger = ledger;
        this.stop = stop;
        KioskIdentity identity = new KioskIdentity(id, id + "-printer");
        this.printer = PtyPrinter.open(data.resolve("pty").resolve(identity.printerId()),
                data.resolve("tickets").resolve(id), identity.printerId(), PRINTER_STATUS_TIMEOUT);
        HttpControllerClient client = new HttpControllerClient(controller, Duration.ofSeconds(3), login);
        LoggingKioskEvents events = new LoggingKioskEvents(help -> { });
        TicketIssuer issuer = new TicketIssuer(client, printer.printer(), new SlipFactory(config), events, identity, clock);
        LiveStatus live = new LiveStatus(client, printer.printer(), issuer, events, identity, clock);
        this.lookups = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-lookups-" + id);
            t.setDaemon(true);
            return t;
        });
        this.vm = new KioskViewModel(issuer, live, events, identity, new RequestIds(identity),
                new KioskRuntime(clock, Runnable::run, KioskSettings.defaults(), lookups));
        this.idWire = PtyWire.open(data.resolve("pty").resolve(id + "-idcard"), id + "-idcard-host", id + "-idcard");
        this.idReader = new SerialIdCardReader(idWire.host());
        this.idCards = new SimIdCardReader(idWire.device(), 1);
        IdCardBinding.reader(vm, idReader, id + "-idcard");
        // The subscriber runs under the view model's lock: the station never asks the view model
        // anything while it holds cardSeen, or the two would wait for each other.
        vm.subscribe(s -> {
            cardShown = s.maskedId() != null;
            if (cardShown) {
                synchronized (cardSeen) {
                    cardSeen.notifyAll();
                }
            }
        });
        this.thread = new Thread(this::run, "kiosk-" + id);
        thread.setDaemon(true);
    }

    KioskStation start(Consumer<Visitor> sendElsewhere) {
        this.elsewhere = sendElsewhere;
        thread.start();
        return this;
    }

    String id() {
        return id;
    }

    KioskViewModel viewModel() {
        return vm;
    }

    SimPrinter simPrinter() {
        return printer.sim();
    }

    /** Citizens in front of this kiosk (the one being served included). */
    int lineLength() {
        return line.size();
    }

    void queue(Visitor v) {
        line.add(v);
    }

    int printed() {
        return printed.get();
    }

    /** Citizens whose ID card this kiosk read. */
    int carded() {
        return carded.get();
    }

    int turnedAway() {
        return turnedAway.get();
    }

    private void run() {
        try {
            while (stop.getCount() > 0) {
                Visitor v = line.poll(2, TimeUnit.SECONDS);
                if (v == null) {
                    vm.refresh(); // keeps the screen's waiting counts and the printer state fresh
                } else {
                    serve(v);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("{}: kiosk loop failed", id, e);
        }
    }

    private void serve(Visitor v) throws InterruptedException {
        vm.refresh();
        for (int tries = 0; !vm.state().ready() && tries < CONTROLLER_RETRIES; tries++) {
            if (printerDown()) {
                elsewhere.accept(v.triedAt(id)); // 暂停取号: this kiosk's printer is down
                return;
            }
            if (!clock.pause(Duration.ofMinutes(1), stop)) {
                v.leaves(null);
                return;
            }
            vm.refresh();
        }
        boolean carded = v.card() != null && putCard(v.card());
        if (v.scan() != null) {
            vm.scanned(v.scan()); // a 收件通知书's QR code: the pickup ticket of a handover's result
        } else {
            vm.choose(v.serviceId());
            if (vm.state().screen() != Screen.PRIORITY) {
                takeCard(carded);
                turnedAway.incrementAndGet(); // not accepting: outside hours, daily cap, or still down
                vm.home();
                v.leaves(null);
                return;
            }
            vm.take(v.priority());
        }
        for (int tries = 0; retryable(vm.state()) && tries < CONTROLLER_RETRIES; tries++) {
            if (!clock.pause(Duration.ofMinutes(1), stop)) {
                v.leaves(null);
                return;
            }
            vm.retry(); // the same request id: never two tickets for one touch
        }
        KioskState done = vm.state();
        takeCard(carded);
        if (done.screen() == Screen.PRINTED) {
            ledger.add(new TicketLedger.Entry(clock.now().toLocalDate(), done.ticket().number(), done.ticket().qrUrl(), id));
            printed.incrementAndGet();
            v.leaves(done.ticket().number());
        } else if (done.screen() == Screen.PRINT_FAILED || printerDown()) {
            elsewhere.accept(v.triedAt(id));
        } else {
            turnedAway.incrementAndGet();
            v.leaves(null);
        }
        vm.home();
    }

    /**
     * The citizen puts the card on the reader; true once the kiosk shows it was read (its frame
     * crosses the pty wire). A card the kiosk does not see within a few seconds is taken back and
     * the citizen carries on without it.
     */
    private boolean putCard(IdCard card) throws InterruptedException {
        try {
            idCards.present(card.name(), card.number());
        } catch (DeviceException e) {
            log.warn("{}: ID card reader: {}", id, e.getMessage());
            return false;
        }
        long deadline = System.nanoTime() + CARD_READ_WITHIN.toNanos();
        synchronized (cardSeen) {
            while (!cardShown) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("{}: the kiosk did not show the ID card within {}", id, CARD_READ_WITHIN);
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(cardSeen, left);
            }
        }
        carded.incrementAndGet();
        return true;
    }

    private void takeCard(boolean carded) {
        if (carded) {
            try {
                idCards.remove();
            } catch (DeviceException e) {
                log.warn("{}: ID card reader: {}", id, e.getMessage());
            }
        }
    }

    private static boolean retryable(KioskState s) {
        return s.screen() == Screen.REFUSED && s.canRetry();
    }

    private boolean printerDown() {
        return PrinterCheck.problem(printer.printer().status()) != null;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lookups.shutdownNow();
        printer.close();
        idReader.close();
        idWire.close();
    }
}
