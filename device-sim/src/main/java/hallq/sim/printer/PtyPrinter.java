package hallq.sim.printer;

import hallq.devices.DeviceException;
import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.SerialLink;
import hallq.sim.pty.PtyWire;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A simulated ticket printer plugged in over a pty pair, and the real adapter that drives it:
 * {@code EscPosTicketPrinter → JSerialCommLink → socat → JSerialCommLink → SimPrinter}. What a
 * kiosk gets as its printer in the demo and in tests.
 */
public final class PtyPrinter implements AutoCloseable {

    /** How long the adapter waits for each status answer. */
    public static final Duration STATUS_TIMEOUT = Duration.ofMillis(500);

    private final PtyWire wire;
    private final SimPrinter sim;
    private final TicketPrinter printer;

    private PtyPrinter(PtyWire wire, SimPrinter sim, Duration statusTimeout) {
        this.wire = wire;
        this.sim = sim;
        this.printer = new EscPosTicketPrinter(wire.host(), TicketLayout.standard(), statusTimeout);
    }

    /** Opens the wire in {@code ptyDir}; the simulator writes tickets into {@code ticketDir}. */
    public static PtyPrinter open(Path ptyDir, Path ticketDir, String printerId) throws IOException, DeviceException {
        return open(ptyDir, ticketDir, printerId, STATUS_TIMEOUT);
    }

    /** The same, with the adapter waiting up to {@code statusTimeout} for each status answer. */
    public static PtyPrinter open(Path ptyDir, Path ticketDir, String printerId, Duration statusTimeout)
            throws IOException, DeviceException {
        PtyWire wire = PtyWire.open(ptyDir, printerId, "sim-" + printerId);
        try {
            return new PtyPrinter(wire, SimPrinter.start(wire.device(), ticketDir), statusTimeout);
        } catch (IOException | RuntimeException e) {
            wire.close();
            throw e;
        }
    }

    /** The real ESC/POS adapter on the host end: what the kiosk prints with. */
    public TicketPrinter printer() {
        return printer;
    }

    /** The simulated printer on the device end: tickets, faults. */
    public SimPrinter sim() {
        return sim;
    }

    /** The host end of the wire, e.g. for writing garbage at the printer. */
    public SerialLink hostLink() {
        return wire.host();
    }

    @Override
    public void close() {
        sim.close();
        wire.close();
    }
}
