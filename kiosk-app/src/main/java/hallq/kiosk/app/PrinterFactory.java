package hallq.kiosk.app;

import hallq.devices.DeviceException;
import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialSettings;
import hallq.kiosk.printer.SimTicketPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code --printer sim} or a serial port path: chosen by configuration, never by sniffing. */
final class PrinterFactory {

    private static final Logger log = LoggerFactory.getLogger(PrinterFactory.class);

    private PrinterFactory() {
    }

    static TicketPrinter create(String printer, String printerId, int baud, Path simDir) throws IOException {
        if ("sim".equals(printer)) {
            return new SimTicketPrinter(simDir);
        }
        JSerialCommLink link = new JSerialCommLink(new SerialSettings(printerId, printer, baud));
        try {
            link.open();
        } catch (DeviceException e) {
            // the kiosk still starts, paused (red lamp, 暂停取号) until the printer is fixed and restarted
            log.error("{}: {}", printerId, e.getMessage());
        }
        return new EscPosTicketPrinter(link, TicketLayout.standard(), Duration.ofMillis(500));
    }
}
