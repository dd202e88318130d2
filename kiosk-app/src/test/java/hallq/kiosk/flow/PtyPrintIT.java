package hallq.kiosk.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.SerialSettings;
import hallq.kiosk.testing.InMemoryController;
import hallq.kiosk.testing.MovableClock;
import hallq.kiosk.testing.RecordingEvents;
import hallq.kiosk.testing.TestDirs;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.sim.printer.PrintedTicket;
import hallq.sim.printer.SimPrinter;
import hallq.sim.pty.PtyPair;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real print path: TicketIssuer → EscPosTicketPrinter → JSerialCommLink → socat pty pair →
 * device-sim's SimPrinter, which decodes the ESC/POS and renders a PNG; the QR is read back.
 */
class PtyPrintIT {

    private final Path dir = TestDirs.fresh("pty-print");
    private final HallConfig config = new HallConfigLoader().load(TestKiosk.DEMO);
    private final MovableClock clock = new MovableClock();
    private final InMemoryController controller = new InMemoryController(config,
            clock.instant().atOffset(ZoneOffset.ofHours(8)));
    private final RecordingEvents events = new RecordingEvents();
    private PtyPair pty;
    private JSerialCommLink host;
    private JSerialCommLink device;
    private SimPrinter sim;
    private TicketIssuer issuer;

    @BeforeEach
    void connect() throws Exception {
        pty = PtyPair.open(dir.resolve("pty"), Duration.ofSeconds(5));
        host = new JSerialCommLink(SerialSettings.of("kiosk-1-printer", pty.a().toString()));
        device = new JSerialCommLink(SerialSettings.of("sim-printer", pty.b().toString()));
        host.open();
        device.open();
        sim = SimPrinter.start(device, dir.resolve("tickets"));
        EscPosTicketPrinter printer = new EscPosTicketPrinter(host, TicketLayout.standard(), Duration.ofMillis(500));
        issuer = new TicketIssuer(controller, printer, new SlipFactory(config), events, TestKiosk.ID, clock);
    }

    @AfterEach
    void disconnect() {
        if (sim != null) {
            sim.close();
        }
        if (host != null) {
            host.close();
        }
        if (device != null) {
            device.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    @Test
    void take_overPty_printsSlipWithQrToCitizenPage() throws Exception {
        IssueResult result = issuer.take(new Attempt("HJ", Priority.GREEN_CHANNEL, "kiosk-1:pty-0001"));
        IssueResult.Printed printed = assertInstanceOf(IssueResult.Printed.class, result);
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.tickets().size() == 1);
        PrintedTicket ticket = sim.tickets().get(0);
        List<String> lines = ticket.lines();
        assertTrue(lines.contains("云山区政务服务中心"), lines::toString);
        assertTrue(lines.contains("办理区域：行政许可区"), lines::toString);
        assertTrue(lines.contains("A001"), lines::toString);
        assertTrue(lines.contains("户籍办理"), lines::toString);
        assertTrue(lines.contains("您前面还有 0 人等候"), lines::toString);
        assertTrue(lines.contains("预计等候：约 8 分钟"), lines::toString);
        assertTrue(lines.contains("取号时间：2025-03-03 10:00"), lines::toString);
        assertTrue(lines.contains("政务服务便民热线 12345"), lines::toString);
        assertTrue(lines.contains("【绿色通道】"), lines::toString);
        String url = "http://127.0.0.1:8080/t/" + printed.ticket().token();
        assertEquals(List.of(url), ticket.qrPayloads());
        var image = ImageIO.read(ticket.pngFile().toFile());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(url, decoded);
    }

    @Test
    void take_simPaperOut_refusesBeforeIssuing() {
        sim.setPaperOut(true);
        IssueResult result = issuer.take(new Attempt("HJ", Priority.NORMAL, "kiosk-1:pty-0002"));
        assertEquals(IssueResult.Why.PRINTER_DOWN, assertInstanceOf(IssueResult.Refused.class, result).why());
        assertTrue(controller.issueCalls.isEmpty());
        assertEquals(0, sim.cuts());
        assertEquals("paper out before issuing", events.alerts.get(0).problem());
    }

    @Test
    void take_simOffline_refusesBeforeIssuing() {
        sim.setOffline(true);
        IssueResult result = issuer.take(new Attempt("HJ", Priority.NORMAL, "kiosk-1:pty-0003"));
        assertEquals(IssueResult.Why.PRINTER_DOWN, assertInstanceOf(IssueResult.Refused.class, result).why());
        assertTrue(controller.issueCalls.isEmpty());
    }
}
