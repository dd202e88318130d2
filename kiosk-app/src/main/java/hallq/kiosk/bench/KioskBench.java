package hallq.kiosk.bench;

import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.PtyPair;
import hallq.devices.serial.SerialSettings;
import hallq.kiosk.app.KioskLoginOptions;
import hallq.kiosk.client.ControllerClient;
import hallq.kiosk.client.HttpControllerClient;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.LoggingKioskEvents;
import hallq.kiosk.flow.RequestIds;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.ui.KioskRuntime;
import hallq.kiosk.ui.KioskSettings;
import hallq.kiosk.ui.KioskViewModel;
import hallq.kiosk.ui.Screen;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench kiosk}: from the touch on a service to the last byte of the ticket at the
 * printer. The kiosk's own view model, issuer and ESC/POS printer drive a socat pty pair; the far
 * end ({@link WirePrinter}) models the serial line at the baud rate and answers status requests.
 */
@Command(name = "bench kiosk", mixinStandardHelpOptions = true,
        description = "Kiosk latency: touch on a service → last byte of the ticket at the printer (p50, p99).")
public final class KioskBench implements Callable<Integer> {

    @Option(names = "--config", description = "hall configuration (default ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");

    @Option(names = "--baud", split = ",", description = "baud rates to measure (default ${DEFAULT-VALUE})")
    int[] bauds = {115_200, 9_600};

    @Option(names = "--tickets", description = "tickets per baud rate, after 5 warm-up tickets (default ${DEFAULT-VALUE})")
    int tickets = 50;

    @Option(names = "--service", description = "service chosen on every touch (default ${DEFAULT-VALUE})")
    String service = "HJ";

    @Option(names = "--controller", description = "a running controller's URL (./hall controller --any-hours); "
            + "default: an in-process stand-in, so only the kiosk and the printer line are timed")
    URI controller;

    @Mixin
    KioskLoginOptions login = new KioskLoginOptions();

    public static void main(String[] args) {
        System.setProperty("hallq.log.level", "warn");
        System.exit(new CommandLine(new KioskBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HallConfig hall = new HallConfigLoader().load(config);
        ControllerClient client = controller == null ? new BenchController(hall)
                : new HttpControllerClient(controller, Duration.ofSeconds(3),
                        login.resolve("kiosk-1", System.getenv("HALLQ_KIOSK_PASSWORD")));
        System.out.println("kiosk bench: touch on a service → last byte of the ticket at the printer");
        System.out.println("  printer line: socat pty pair, 8N1 timing modelled at the baud rate; "
                + "status DLE EOT 1-4 before issuing, before and after printing");
        System.out.println("  controller: " + (controller == null ? "in-process stand-in (no HTTP)" : controller));
        System.out.printf("%8s %8s %13s %9s %9s %9s%n", "baud", "tickets", "bytes/ticket", "p50 ms", "p99 ms", "max ms");
        Path dir = Files.createTempDirectory("hallq-kiosk-bench");
        for (int baud : bauds) {
            measure(hall, client, baud, dir.resolve(String.valueOf(baud)));
        }
        return 0;
    }

    private void measure(HallConfig hall, ControllerClient client, int baud, Path dir) throws Exception {
        KioskIdentity id = new KioskIdentity("bench-kiosk", "bench-printer");
        try (PtyPair pty = PtyPair.open(dir, Duration.ofSeconds(5));
             JSerialCommLink kioskEnd = new JSerialCommLink(new SerialSettings(id.printerId(), pty.a().toString(), baud));
             JSerialCommLink printerEnd = new JSerialCommLink(new SerialSettings("bench-wire", pty.b().toString(), baud))) {
            kioskEnd.open();
            printerEnd.open();
            try (WirePrinter wire = new WirePrinter(printerEnd, baud)) {
                EscPosTicketPrinter printer = new EscPosTicketPrinter(kioskEnd, TicketLayout.standard(), Duration.ofMillis(500));
                InstantSource clock = InstantSource.system();
                LoggingKioskEvents events = new LoggingKioskEvents(h -> { });
                TicketIssuer issuer = new TicketIssuer(client, printer, new SlipFactory(hall), events, id, clock);
                KioskViewModel vm = new KioskViewModel(issuer, new LiveStatus(client, printer, issuer, events, id, clock),
                        events, id, new RequestIds(id), new KioskRuntime(clock, Runnable::run, KioskSettings.defaults()));
                vm.refresh();
                if (!vm.state().ready()) {
                    throw new IllegalStateException("kiosk not ready at " + baud + " baud: " + vm.state().banner());
                }
                long[] micros = new long[tickets];
                for (int i = -5; i < tickets; i++) {
                    int cutsBefore = wire.cuts();
                    long touch = System.nanoTime();
                    vm.choose(service);
                    vm.take(Priority.NORMAL);
                    if (vm.state().screen() != Screen.PRINTED || wire.cuts() != cutsBefore + 1) {
                        throw new IllegalStateException("ticket not printed: " + vm.state().heading() + " "
                                + vm.state().message());
                    }
                    if (i >= 0) {
                        micros[i] = (wire.lastCutAt() - touch) / 1000;
                    }
                    vm.home();
                }
                Arrays.sort(micros);
                System.out.printf("%8d %8d %13d %9.1f %9.1f %9.1f%n", baud, tickets, wire.lastJobBytes(),
                        pct(micros, 0.50), pct(micros, 0.99), micros[micros.length - 1] / 1000.0);
            }
        }
    }

    private static double pct(long[] sortedMicros, double q) {
        int i = (int) Math.ceil(q * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, i)] / 1000.0;
    }
}
