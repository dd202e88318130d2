package hallq.sim.demo;

import hallq.board.app.PrinterMain;
import hallq.controller.mqttauth.MqttRole;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.PtyPair;
import hallq.devices.serial.SerialSettings;
import hallq.protocol.Parts;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.sim.printer.PrintedTicket;
import hallq.sim.printer.SimPrinter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo hall's window receipt printers (收件通知书, docs/devices.md "Window printer"): for each {@code escpos-printer}
 * of the configuration that stands at a window, a pty pair with the simulated printer at one end and the window's
 * printer process ({@code ./hall printer}'s {@link PrinterMain}, logged in as that window's printer) at the other,
 * as at a real window. What a printer prints lands in {@code DATA/receipts/PRINTER-ID/}.
 */
final class WindowPrinters implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger("hallq.demo.printer");
    private static final Duration READY_WITHIN = Duration.ofSeconds(5);
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final Map<Integer, SimPrinter> printers = new TreeMap<>();

    private WindowPrinters() {
    }

    /** Starts a printer for every window printer {@code config} names; none when it names none. */
    static WindowPrinters start(HallConfig config, ControllerHost host, Path data, InstantSource clock) throws Exception {
        WindowPrinters started = new WindowPrinters();
        try {
            for (DeviceConfig d : config.devices()) {
                if (DeviceConfig.ESCPOS_PRINTER.equals(d.kind()) && d.window() != null) {
                    started.add(config.hall().id(), d, host, data, clock);
                }
            }
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    private void add(String hallId, DeviceConfig d, ControllerHost host, Path data, InstantSource clock)
            throws Exception {
        int window = d.window();
        PtyPair pty = PtyPair.open(data.resolve("pty").resolve(d.id()), READY_WITHIN);
        parts.push(pty);
        JSerialCommLink paperEnd = new JSerialCommLink(SerialSettings.of("sim-" + d.id(), pty.b().toString()));
        paperEnd.open();
        parts.push(paperEnd::close);
        SimPrinter sim = SimPrinter.start(paperEnd, data.resolve("receipts").resolve(d.id()));
        parts.push(sim);
        printers.put(window, sim);
        parts.push(PrinterMain.start(hallId, host.brokerUrl(), host.login(d.id(), MqttRole.PRINTER, window),
                new SerialSettings(d.id(), pty.a().toString(), 115_200), window, HEARTBEAT, clock));
        log.info("window {}: receipt printer {} on {}", window, d.id(), pty.a());
    }

    /** What window {@code window}'s printer has printed, oldest first; empty for a window without one. */
    List<PrintedTicket> printed(int window) {
        SimPrinter sim = printers.get(window);
        return sim == null ? List.of() : sim.tickets();
    }

    @Override
    public void close() {
        Parts.close(parts, log, "closing a window printer");
    }
}
