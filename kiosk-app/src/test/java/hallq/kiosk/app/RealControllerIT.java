package hallq.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.mqttauth.MqttRole;
import hallq.kiosk.client.HttpControllerClient;
import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.RequestIds;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.testing.LossyControllerClient;
import hallq.kiosk.testing.RecordingEvents;
import hallq.kiosk.testing.RecordingTicketPrinter;
import hallq.kiosk.testing.TestKiosk;
import hallq.kiosk.ui.KioskRuntime;
import hallq.kiosk.ui.KioskState;
import hallq.kiosk.ui.KioskViewModel;
import hallq.kiosk.ui.Screen;
import hallq.protocol.Json;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.testing.MutableClock;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's view model against the REAL controller, in-process (SQLite in a temp folder,
 * embedded broker, HTTP on a free loopback port, a hall clock at Monday 10:00): tickets taken,
 * per-person caps, appointment check-in, the controller stopped (暂停取号, nothing printed),
 * restarted on its data, and the same clientRequestId retried.
 */
class RealControllerIT {

    private final Path data = TestDirs.fresh("real-controller");
    private final HallConfig config = new HallConfigLoader().load(TestKiosk.DEMO);
    private final RecordingTicketPrinter printer = new RecordingTicketPrinter();
    private final RecordingEvents events = new RecordingEvents();
    private final MutableClock clock = MutableClock.mondayAt(10, 0);
    private Controller controller;
    private int port;
    private LossyControllerClient client;
    private KioskViewModel vm;

    @BeforeEach
    void start() throws Exception {
        startController(0);
        port = controller.httpPort();
        client = new LossyControllerClient(new HttpControllerClient(URI.create("http://127.0.0.1:" + port),
                Duration.ofSeconds(3), controller.mqttAccounts().ensure(TestKiosk.ID.kioskId(), MqttRole.KIOSK, null)));
        TicketIssuer issuer = new TicketIssuer(client, printer, new SlipFactory(config), events, TestKiosk.ID, clock);
        vm = new KioskViewModel(issuer, new LiveStatus(client, printer, issuer, events, TestKiosk.ID, clock), events,
                TestKiosk.ID, new RequestIds(TestKiosk.ID), new KioskRuntime(clock, Runnable::run, TestKiosk.SETTINGS));
        vm.refresh();
    }

    private void startController(int httpPort) throws Exception {
        controller = Controller.start(new Controller.Settings(config, data, "127.0.0.1", httpPort, null, 0, clock,
                true));
    }

    @AfterEach
    void stop() {
        if (controller != null) {
            controller.close();
        }
    }

    private KioskState take(String service, Priority priority) {
        vm.choose(service);
        vm.take(priority);
        KioskState s = vm.state();
        vm.home();
        return s;
    }

    private int waiting(String service) throws Exception {
        return client.services().stream().filter(s -> s.id().equals(service)).findFirst().orElseThrow().waiting();
    }

    /** Books an appointment today (Monday 2026-11-23, the clock says 10:00) as a citizen would online. */
    private String book(String slot, String idNumber) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/appointments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":\"HJ\",\"date\":\"2026-11-23\",\"slot\":\""
                        + slot + "\",\"idNumber\":\"" + idNumber + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return Json.lenient().readTree(r.body()).get("code").asText();
    }

    private KioskState checkIn(String code) {
        vm.openCheckIn();
        code.chars().forEach(c -> vm.typeCode((char) c));
        vm.submitCheckIn();
        KioskState s = vm.state();
        vm.home();
        return s;
    }

    @Test
    void aScannedReceipt_reachesTheRealController_whichSaysTheResultIsNotBackYet() throws Exception {
        controller.service().tickets().issue(new IssueTicketRequest("HJ", null, null, null, null, null), "device:kiosk-1");
        controller.service().windows().act(WindowCommand.of(5, WindowAction.CALL_NEXT, "clerk5"));
        controller.service().windows().act(WindowCommand.of(5, WindowAction.START, "clerk5"));
        HandoverView sent = controller.service().handovers().send(5, new HandoverRequest("street-x", null, null, null,
                List.of("户口簿"), null), "clerk5");
        vm.scanned(sent.trackUrl());
        assertEquals(Screen.REFUSED, vm.state().screen());
        assertTrue(vm.state().message().zh().contains("暂不能在本站领取"), vm.state().message().zh());
        assertEquals(0, printer.slips.size(), "nothing printed");
    }

    @Test
    void appointmentCheckIn_byCodeAndByIdCard_printsPriorityTickets() throws Exception {
        String code = book("10:30", "440306199003071232");
        book("10:30", "11010519491231002X");
        KioskState byCode = checkIn(code);
        assertEquals(Screen.PRINTED, byCode.screen(), String.valueOf(byCode.message()));
        assertEquals("【预约】", printer.slips.get(0).footerLines().get(0));
        assertEquals(Priority.APPOINTMENT, controller.service().tickets().ticketByNumber(byCode.ticket().number()).priority());

        vm.openCheckIn();
        vm.cardRead(CitizenId.of("11010519491231002X"));
        assertEquals(Screen.PRINTED, vm.state().screen(), String.valueOf(vm.state().message()));
        vm.home();

        KioskState again = checkIn(code);
        assertEquals(Screen.REFUSED, again.screen());
        assertEquals("该预约已签到取号，请使用已取的号票，如有疑问请咨询工作人员。", again.message().zh());
        assertEquals(2, printer.slips.size());
    }

    @Test
    void appointmentCheckIn_tooEarlyAndUnknown_sayWhy() throws Exception {
        String code = book("11:30", "440306199003071232");
        KioskState early = checkIn(code);
        assertEquals(Screen.REFUSED, early.screen());
        assertEquals("还未到签到时间，请于 11:00 后签到。", early.message().zh());
        KioskState unknown = checkIn("ZZZZ2345");
        assertEquals("未找到您今天的预约，请核对预约码或咨询工作人员。", unknown.message().zh());
        assertTrue(printer.slips.isEmpty());
    }

    @Test
    void takeTickets_issuedAndNumberedByTheController() throws Exception {
        assertTrue(vm.state().ready());
        assertEquals("户籍办理", vm.state().tile("HJ").name().zh());
        KioskState first = take("HJ", Priority.NORMAL);
        assertEquals(Screen.PRINTED, first.screen());
        assertEquals("A001", first.ticket().number());
        assertEquals("G001", take("SB", Priority.GREEN_CHANNEL).ticket().number());
        assertEquals("A002", take("HJ", Priority.URGENT).ticket().number());
        assertEquals(3, printer.slips.size());
        assertEquals("【绿色通道】", printer.slips.get(1).footerLines().get(0));
        assertEquals(2, waiting("HJ"));
        assertTrue(first.ticket().qrUrl().endsWith("/t/" + controller.service().tickets().ticketByNumber("A001").token()));
    }

    @Test
    void idCard_personalDailyCap_enforcedByTheController() {
        CitizenId card = CitizenId.of("440306199003071232");
        for (int i = 1; i <= 3; i++) {
            vm.cardRead(card);
            assertEquals(Screen.PRINTED, take("HJ", Priority.NORMAL).screen(), "ticket " + i + " of the cap of 3");
        }
        vm.cardRead(card);
        KioskState refused = take("HJ", Priority.NORMAL);
        assertEquals(Screen.REFUSED, refused.screen());
        assertEquals(Texts.PERSON_LIMIT, refused.message());
        vm.cardRead(CitizenId.of("11010519491231002X"));
        assertEquals("A004", take("HJ", Priority.NORMAL).ticket().number(), "another person is not capped");
        assertEquals(4, printer.slips.size());
    }

    @Test
    void kioskLoginRemovedOnTheController_citizenSentElsewhere_nothingIssuedOrPrinted() throws Exception {
        assertEquals(Screen.PRINTED, take("HJ", Priority.NORMAL).screen());
        controller.mqttAccounts().remove(TestKiosk.ID.kioskId());
        KioskState refused = take("HJ", Priority.NORMAL);
        assertEquals(Screen.REFUSED, refused.screen());
        assertEquals(Texts.KIOSK_NOT_ADMITTED, refused.message());
        assertEquals(1, printer.slips.size(), "only the ticket taken before");
        assertEquals(1, waiting("HJ"));
    }

    @Test
    void controllerStopped_pausedNothingPrinted_restarted_retryIssuesOnce() throws Exception {
        vm.choose("HJ");
        controller.close();
        controller = null;
        vm.take(Priority.NORMAL);
        KioskState refused = vm.state();
        assertEquals(Screen.REFUSED, refused.screen());
        assertEquals(Texts.CONTROLLER_DOWN, refused.heading());
        assertTrue(refused.canRetry());
        assertTrue(printer.slips.isEmpty(), "nothing printed while the controller is away");
        vm.refresh();
        assertFalse(vm.state().ready());
        assertEquals(Texts.CONTROLLER_DOWN, vm.state().banner());

        startController(port);
        vm.retry();
        assertEquals(Screen.PRINTED, vm.state().screen());
        assertEquals("A001", vm.state().ticket().number());
        assertEquals(1, waiting("HJ"));
        vm.refresh();
        assertTrue(vm.state().ready());
    }

    @Test
    void answerLost_controllerRestarted_sameRequestIdGetsTheSameTicket() throws Exception {
        assertEquals("A001", take("HJ", Priority.NORMAL).ticket().number());
        client.loseNextAnswers(3);
        vm.choose("HJ");
        vm.take(Priority.NORMAL);
        assertEquals(Screen.REFUSED, vm.state().screen(), "three answers lost: the kiosk cannot know");
        assertTrue(vm.state().canRetry());
        assertEquals(1, printer.slips.size());

        controller.close();
        startController(port);
        vm.retry();
        assertEquals(Screen.PRINTED, vm.state().screen());
        assertEquals("A002", vm.state().ticket().number(), "the ticket the lost answers carried");
        assertEquals(2, waiting("HJ"), "one ticket for one touch, across the restart");
        vm.home();
        assertEquals("A003", take("HJ", Priority.NORMAL).ticket().number());
    }
}
