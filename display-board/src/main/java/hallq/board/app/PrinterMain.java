package hallq.board.app;

import hallq.board.printer.WindowPrinter;
import hallq.devices.DeviceException;
import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialSettings;
import hallq.protocol.config.ConfigException;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.MqttDevice;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.PrintJob;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./hall printer --window N}: the receipt printer of one window (窗口打印机), an ESC/POS thermal
 * printer on a serial port, printing what the controller sends that window (the 收件通知书 of a handover).
 * It is an MQTT device of its own: its status retained on {@code devices/{id}/status}, OFFLINE by Last Will.
 */
@Command(name = "printer", mixinStandardHelpOptions = true,
        description = "HallQ window printer: prints the receipts the controller sends one window (收件通知书).")
public final class PrinterMain implements Callable<Integer> {
    public static final String DEVICE_KIND = DeviceConfig.ESCPOS_PRINTER;

    @Spec
    CommandSpec spec;
    @Mixin
    EdgeOptions edge;
    @Option(names = "--window", paramLabel = "N", required = true, description = "the window whose printer this is")
    int window;
    @Option(names = "--port", paramLabel = "PATH",
            description = "the printer's serial port, e.g. /dev/ttyUSB2 (default: the window's " + DEVICE_KIND
                    + " device in the hall configuration)")
    String port;
    @Option(names = "--baud", paramLabel = "N", description = "baud rate (default: configured, else 115200)")
    Integer baud;
    @Option(names = "--heartbeat-seconds", defaultValue = "30",
            description = "how often to ask the printer how it is and say so (default: ${DEFAULT-VALUE})")
    int heartbeatSeconds;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new PrinterMain()).setOut(out).setErr(err).execute(args);
    }

    /** The window's configured printer: its device id and serial settings, the options first. */
    static Optional<SerialSettings> serial(HallConfig hall, int window, String portPath, Integer baud) {
        Optional<DeviceConfig> device = hall.devices().stream()
                .filter(d -> DEVICE_KIND.equals(d.kind()) && Integer.valueOf(window).equals(d.window())).findFirst();
        String path = portPath != null ? portPath : device.map(DeviceConfig::port).orElse(null);
        if (path == null) {
            return Optional.empty();
        }
        return Optional.of(new SerialSettings(device.map(DeviceConfig::id).orElse("printer-w" + window), path,
                baud != null ? baud : device.map(DeviceConfig::baud).orElse(115_200)));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HallConfig hall;
        try {
            hall = edge.hall();
        } catch (ConfigException e) {
            err.println("bad hall configuration: " + e.getMessage());
            return 2;
        }
        if (hall.windows().stream().noneMatch(w -> w.number().equals(window))) {
            err.println("window " + window + " is not in " + edge.config);
            return 2;
        }
        if (heartbeatSeconds < 5 || heartbeatSeconds > 3600) {
            err.println("--heartbeat-seconds must be 5 to 3600");
            return 2;
        }
        SerialSettings serial;
        MqttLogin login;
        try {
            serial = serial(hall, window, port, baud).orElse(null);
            login = edge.login();
        } catch (IllegalArgumentException e) {
            err.println("bad printer settings: " + e.getMessage());
            return 2;
        }
        if (serial == null) {
            err.println("window " + window + " has no " + DEVICE_KIND + " device (window: " + window + ") in " + edge.config
                    + ": give --port PATH");
            return 2;
        }
        if (login.username() != null && !login.username().equals(serial.deviceId())) {
            err.println("the MQTT client must be named as the device: --mqtt-user " + serial.deviceId()
                    + " (was " + login.username() + ")");
            return 2;
        }
        out.printf("window %d printer %s: %s at %d baud%n", window, serial.deviceId(), serial.portPath(),
                serial.baudRate());
        out.flush();
        try (Running ignored = start(hall.hall().id(), edge.broker, login, serial, window,
                Duration.ofSeconds(heartbeatSeconds), InstantSource.system())) {
            new CountDownLatch(1).await(); // until the process is stopped
        }
        return 0;
    }

    /** A window printer at work: its serial link, its MQTT device and its heartbeat; close to stop. */
    public static final class Running implements AutoCloseable {
        private final JSerialCommLink link;
        private final MqttDevice device;
        private final ScheduledExecutorService worker;
        private final WindowPrinter printer;

        private Running(JSerialCommLink link, MqttDevice device, ScheduledExecutorService worker,
                        WindowPrinter printer) {
            this.link = link;
            this.device = device;
            this.worker = worker;
            this.printer = printer;
        }

        public WindowPrinter printer() {
            return printer;
        }

        @Override
        public void close() {
            worker.shutdownNow();
            device.close();
            link.close();
        }
    }

    /**
     * Starts window {@code window}'s printer: jobs are taken from the broker on one thread of its own (never
     * on the MQTT client's), the serial port is (re)opened before each job and heartbeat when it is closed.
     */
    public static Running start(String hallId, String brokerUrl, MqttLogin login, SerialSettings serial, int window,
                                Duration heartbeat, InstantSource clock) {
        JSerialCommLink link = new JSerialCommLink(serial);
        MqttDevice device = new MqttDevice(MqttDevice.Settings.of(brokerUrl, hallId, serial.deviceId(), DEVICE_KIND,
                login));
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "printer-w" + window);
            t.setDaemon(true);
            return t;
        });
        EscPosTicketPrinter escpos = new EscPosTicketPrinter(link, TicketLayout.standard(), Duration.ofMillis(500));
        WindowPrinter printer = new WindowPrinter(window, escpos, clock, new WindowPrinter.Link() {
            @Override
            public void answer(PrintJob.Result result) {
                device.publish(device.topics().printerResult(window), PrintJob.Result.SCHEMA, result,
                        clock.instant().atOffset(java.time.ZoneOffset.UTC));
            }

            @Override
            public void status(String state, String detail) {
                device.report(state, detail, (int) heartbeat.toSeconds());
            }
        });
        Runnable opened = () -> {
            if (!link.isOpen()) {
                try {
                    link.open();
                } catch (DeviceException e) {
                    // the status request finds the printer silent and says so
                }
            }
        };
        device.subscribe(device.topics().printerJob(window), (topic, payload) -> worker.execute(() -> {
            opened.run();
            printer.onMessage(payload);
        }));
        worker.scheduleWithFixedDelay(() -> {
            try {
                opened.run();
                printer.heartbeat();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(PrinterMain.class).error("window {} printer heartbeat failed", window, e);
            }
        }, 0, heartbeat.toSeconds(), TimeUnit.SECONDS);
        device.connect(Duration.ofSeconds(5));
        return new Running(link, device, worker, printer);
    }
}
