package hallq.sim.kiosk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.mqttauth.MqttRole;
import hallq.devices.printer.TicketSlip;
import hallq.kiosk.client.HttpControllerClient;
import hallq.kiosk.flow.Attempt;
import hallq.kiosk.flow.IssueResult;
import hallq.kiosk.flow.KioskEvents;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.sim.printer.PrintedTicket;
import hallq.sim.printer.PtyPrinter;
import hallq.sim.printer.TicketQr;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's real print path against the real controller in-process: TicketIssuer → HTTP →
 * controller (SQLite, embedded broker), then EscPosTicketPrinter → JSerialCommLink → socat pty pair
 * → SimPrinter, which decodes the ESC/POS and renders a PNG; the QR is read back from the PNG.
 * One controller serves the class (it takes seconds to stop); each test plugs in a fresh printer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskPtyPrintIT {

    /** Monday 2025-03-03 10:00 in Asia/Shanghai: the hall is open. */
    private static final InstantSource MONDAY_10 = InstantSource.fixed(Instant.parse("2025-03-03T02:00:00Z"));
    private static final KioskIdentity ID = new KioskIdentity("kiosk-1", "kiosk-1-printer");

    private final HallConfig config = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
    private final List<KioskEvents.DeviceAlert> alerts = new CopyOnWriteArrayList<>();
    private Controller controller;
    private PtyPrinter wired;
    private TicketIssuer issuer;

    @BeforeAll
    void startController(@TempDir Path dir) throws Exception {
        controller = Controller.start(new Controller.Settings(config, dir.resolve("data"), "127.0.0.1", 0, null, 0,
                MONDAY_10, true));
    }

    @AfterAll
    void stopController() {
        if (controller != null) {
            controller.close();
        }
    }

    @BeforeEach
    void plugPrinter(@TempDir Path printerDir) throws Exception {
        alerts.clear();
        wired = PtyPrinter.open(printerDir.resolve("pty"), printerDir.resolve("tickets"), ID.printerId());
        HttpControllerClient client = new HttpControllerClient(URI.create("http://127.0.0.1:" + controller.httpPort()),
                Duration.ofSeconds(3), controller.mqttAccounts().ensure(ID.kioskId(), MqttRole.KIOSK, null));
        issuer = new TicketIssuer(client, wired.printer(), new SlipFactory(config), new KioskEvents() {
            @Override
            public void helpRequested(HelpRequest request) {
            }

            @Override
            public void deviceAlert(DeviceAlert alert) {
                alerts.add(alert);
            }
        }, ID, MONDAY_10);
    }

    @AfterEach
    void unplugPrinter() {
        if (wired != null) {
            wired.close();
        }
    }

    @Test
    void take_overPty_printsSlipWithQrToCitizenPage() throws Exception {
        IssueResult result = issuer.take(new Attempt("HJ", Priority.GREEN_CHANNEL, "kiosk-1:pty-0001"));

        IssueResult.Printed printed = assertInstanceOf(IssueResult.Printed.class, result);
        PrintedTicket ticket = await().atMost(Duration.ofSeconds(10))
                .until(() -> wired.sim().tickets(), t -> t.size() == 1).get(0);
        TicketSlip slip = new SlipFactory(config).slip(printed.ticket());
        List<String> lines = ticket.lines();
        assertTrue(lines.contains("云山区政务服务中心"), lines::toString);
        assertTrue(lines.contains("办理区域：行政许可区"), lines::toString);
        assertTrue(lines.contains(printed.ticket().number()), lines::toString);
        assertTrue(lines.contains("户籍办理"), lines::toString);
        assertTrue(lines.contains("您前面还有 " + slip.peopleAhead() + " 人等候"), lines::toString);
        assertTrue(lines.contains("预计等候：" + slip.predictedWaitText()), lines::toString);
        assertTrue(lines.contains("取号时间：2025-03-03 10:00"), lines::toString);
        assertTrue(lines.contains("政务服务便民热线 12345"), lines::toString);
        assertTrue(lines.contains("【绿色通道】"), lines::toString);
        String url = "http://127.0.0.1:8080/t/" + printed.ticket().token();
        assertEquals(List.of(url), ticket.qrPayloads());
        assertEquals(url, TicketQr.read(ticket.pngFile()));
        assertEquals(printed.ticket().number(), controller.service().tickets().ticket(printed.ticket().token(), false).number(),
                "the controller holds the printed ticket");
    }

    @Test
    void take_simPaperOut_refusesBeforeIssuing() {
        wired.sim().setPaperOut(true);
        int issuedBefore = issuedToday();

        IssueResult result = issuer.take(new Attempt("HJ", Priority.NORMAL, "kiosk-1:pty-0002"));

        assertEquals(IssueResult.Why.PRINTER_DOWN, assertInstanceOf(IssueResult.Refused.class, result).why());
        assertEquals(issuedBefore, issuedToday(), "nothing was issued");
        assertEquals(0, wired.sim().cuts());
        assertEquals("paper out before issuing", alerts.get(0).problem());
    }

    @Test
    void take_simOffline_refusesBeforeIssuing() {
        wired.sim().setOffline(true);
        int issuedBefore = issuedToday();

        IssueResult result = issuer.take(new Attempt("HJ", Priority.NORMAL, "kiosk-1:pty-0003"));

        assertEquals(IssueResult.Why.PRINTER_DOWN, assertInstanceOf(IssueResult.Refused.class, result).why());
        assertEquals(issuedBefore, issuedToday(), "nothing was issued");
    }

    private int issuedToday() {
        return controller.service().hall().services().stream().mapToInt(s -> s.issuedToday()).sum();
    }
}
