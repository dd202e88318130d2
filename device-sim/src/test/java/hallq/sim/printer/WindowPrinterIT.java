package hallq.sim.printer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.board.app.PrinterMain;
import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.mqttauth.MqttRole;
import hallq.controller.service.Rejection;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.PtyPair;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialSettings;
import hallq.protocol.Json;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttDevice;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.PrintJob;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.IssueTicketRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 收件通知书 on a window's thermal printer, end to end: the real controller and its broker, window 3's
 * printer process ({@code ./hall printer}'s {@link PrinterMain#start}) with its own MQTT login, its real
 * ESC/POS adapter on a pty pair, and the simulated printer decoding the bytes and drawing the QR code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowPrinterIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private PtyPair pty;
    private SerialLink simEnd;
    private SimPrinter sim;
    private Controller controller;
    private PrinterMain.Running printer;
    private Path tickets;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        pty = PtyPair.open(dir.resolve("pty"), Duration.ofSeconds(5));
        simEnd = new JSerialCommLink(SerialSettings.of("sim-printer-w3", pty.b().toString()));
        simEnd.open();
        tickets = Files.createDirectories(dir.resolve("paper"));
        sim = SimPrinter.start(simEnd, tickets);
        HallConfig demo = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
        List<DeviceConfig> devices = new ArrayList<>(demo.devices());
        devices.add(new DeviceConfig("printer-w3", DeviceConfig.ESCPOS_PRINTER, pty.a().toString(), null, null, 3));
        HallConfig config = new HallConfig(demo.hall(), demo.services(), demo.windows(), demo.policy(), devices,
                demo.calendar(), demo.appointments(), demo.sessions());
        controller = Controller.start(new Controller.Settings(config, dir.resolve("data"), "127.0.0.1", 0, null, 0,
                InstantSource.system(), false));
        MqttLogin login = controller.mqttAccounts().ensure("printer-w3", MqttRole.PRINTER, 3);
        printer = PrinterMain.start(config.hall().id(), controller.brokerUrl(), login,
                new SerialSettings("printer-w3", pty.a().toString(), 115_200), 3, Duration.ofSeconds(5),
                InstantSource.system());
        await().atMost(WAIT).until(() -> "ONLINE".equals(controller.service().devices().state("printer-w3")));
    }

    @AfterAll
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {printer, controller, sim, simEnd::close, pty}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing what the test opened; the next one goes on
            }
        }
    }

    private HandoverView handOverAtWindow3() {
        controller.service().tickets().issue(new IssueTicketRequest("QY", null, null, null, null, null), "device:kiosk-1");
        controller.service().windows().act(WindowCommand.of(3, WindowAction.CALL_NEXT, "clerk3"));
        controller.service().windows().act(WindowCommand.of(3, WindowAction.START, "clerk3"));
        return controller.service().handovers().send(3, new HandoverRequest("street-baiyun", "白云街道便民服务中心", "QY",
                "个体工商户设立登记", List.of("营业执照申请书", "经营场所证明"), null), "clerk3");
    }

    private HandoverView.Printing printing(String receipt) {
        return controller.service().handovers().one(receipt).printing();
    }

    @Test
    void aHandoverAtWindow3_printsItsReceiptThere_withTheTrackingQrCode() throws Exception {
        int before = sim.tickets().size();
        HandoverView sent = handOverAtWindow3();
        assertEquals("SENT", sent.printing().state(), "sent to window 3's printer as the clerk hands it over");
        assertEquals("printer-w3", sent.printing().device());

        await().atMost(WAIT).until(() -> "PRINTED".equals(printing(sent.receipt()).state()));
        await().atMost(WAIT).until(() -> sim.tickets().size() == before + 1);
        PrintedTicket paper = sim.tickets().get(before);
        String text = paper.text();
        assertTrue(text.contains("收件通知书"), text);
        assertTrue(text.contains("收件编号：" + sent.receipt()), text);
        assertTrue(text.contains("申请事项：个体工商户设立登记"), text);
        assertTrue(text.contains("办理单位：白云街道便民服务中心"), text);
        assertTrue(text.contains("1. 营业执照申请书") && text.contains("2. 经营场所证明"), text);
        assertTrue(text.contains("12345"), text);
        assertEquals(List.of(sent.trackUrl()), paper.qrPayloads());
        assertEquals(sent.trackUrl(), TicketQr.read(paper.pngFile()), "the QR code drawn on the paper scans");
        assertTrue(sim.problems().isEmpty(), sim.problems().toString());
        Path kept = Files.createDirectories(Path.of("target/printed")).resolve("handover-receipt.png");
        Files.copy(paper.pngFile(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // to look at
    }

    @Test
    void paperOut_theReprintFails_andTheClerkIsToldWhy_thenItPrintsOnceLoaded() {
        HandoverView sent = handOverAtWindow3();
        await().atMost(WAIT).until(() -> "PRINTED".equals(printing(sent.receipt()).state()));
        int printed = sim.tickets().size();
        sim.setPaperOut(true);
        try {
            HandoverView again = controller.service().handovers().print(sent.receipt(), 3);
            assertEquals("SENT", again.printing().state());
            await().atMost(WAIT).until(() -> "FAILED".equals(printing(sent.receipt()).state()));
            assertTrue(printing(sent.receipt()).detail().contains("缺纸"), printing(sent.receipt()).detail());
            await().atMost(WAIT).until(() -> "FAULT".equals(controller.service().devices().state("printer-w3")));
            Rejection refused = org.junit.jupiter.api.Assertions.assertThrows(Rejection.class,
                    () -> controller.service().handovers().print(sent.receipt(), 3));
            assertTrue(refused.getMessage().contains("printer-w3") && refused.getMessage().contains("浏览器打印"),
                    refused.getMessage());
        } finally {
            sim.setPaperOut(false);
        }
        await().atMost(WAIT).until(() -> "ONLINE".equals(controller.service().devices().state("printer-w3")));
        controller.service().handovers().print(sent.receipt(), 3);
        await().atMost(WAIT).until(() -> "PRINTED".equals(printing(sent.receipt()).state()));
        await().atMost(WAIT).until(() -> sim.tickets().size() == printed + 1);
        assertTrue(sim.tickets().get(printed).text().contains(sent.receipt()));
    }

    @Test
    void aWindowWithoutAPrinter_printsNothing_andAReprintThereIsRefused() {
        controller.service().tickets().issue(new IssueTicketRequest("HJ", null, null, null, null, null), "device:kiosk-1");
        controller.service().windows().act(WindowCommand.of(5, WindowAction.CALL_NEXT, "clerk5"));
        controller.service().windows().act(WindowCommand.of(5, WindowAction.START, "clerk5"));
        HandoverView sent = controller.service().handovers().send(5, new HandoverRequest("street-baiyun", null, "HJ",
                "户籍迁入", List.of("户口簿"), null), "clerk5");
        assertNull(sent.printing(), "window 5 has no printer: the clerk prints from the browser");
        Rejection refused = org.junit.jupiter.api.Assertions.assertThrows(Rejection.class,
                () -> controller.service().handovers().print(sent.receipt(), 5));
        assertTrue(refused.getMessage().contains("没有配置收件通知书打印机"), refused.getMessage());
    }

    @Test
    void aJobThatComesTooLate_isNotPrinted_andAJobSeenAgainIsAnsweredWithoutASecondCopy() throws Exception {
        MqttLogin login = controller.mqttAccounts().ensure("probe-w3", MqttRole.CONTROLLER, null);
        List<JsonNode> answers = new CopyOnWriteArrayList<>();
        try (MqttDevice probe = new MqttDevice(MqttDevice.Settings.of(controller.brokerUrl(),
                controller.service().config().hall().id(), "probe-w3", "test", login))) {
            probe.subscribe(probe.topics().printerResult(3), (t, p) -> {
                try {
                    answers.add(Json.lenient().readTree(p).path("data"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(probe.connect(WAIT));
            int before = sim.tickets().size();
            PrintJob late = job("late/1");
            probe.publish(probe.topics().printerJob(3), PrintJob.SCHEMA, late, OffsetDateTime.now().minusMinutes(11));
            await().atMost(WAIT).until(() -> answers.stream().anyMatch(a -> a.path("job").asText().equals("late/1")));
            assertEquals("EXPIRED", answers.get(answers.size() - 1).path("outcome").asText());

            PrintJob fresh = job("fresh/1");
            probe.publish(probe.topics().printerJob(3), PrintJob.SCHEMA, fresh, OffsetDateTime.now());
            probe.publish(probe.topics().printerJob(3), PrintJob.SCHEMA, fresh, OffsetDateTime.now());
            await().atMost(WAIT).until(() -> answers.stream().filter(a -> a.path("job").asText().equals("fresh/1"))
                    .count() == 2);
            assertTrue(answers.stream().filter(a -> a.path("job").asText().equals("fresh/1"))
                    .allMatch(a -> a.path("outcome").asText().equals("PRINTED")));
            assertEquals(before + 1, sim.tickets().size(), "the repeated job printed once; the late one not at all");
        }
    }

    private static PrintJob job(String id) {
        return new PrintJob(id, 3, PrintJob.HANDOVER_RECEIPT, "测试大厅", "收件通知书",
                List.of(new PrintJob.Field("收件编号", id)), List.of(), List.of(), null, null, "政务服务便民热线 12345");
    }
}
