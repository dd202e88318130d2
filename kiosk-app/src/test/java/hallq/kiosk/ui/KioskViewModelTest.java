package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.PrintOutcome;
import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.testing.RecordingTicketPrinter;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.Zone;
import hallq.protocol.rest.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kiosk flow, failures included, without JavaFX: fakes for controller and printer. */
class KioskViewModelTest {

    private final TestKiosk k = new TestKiosk();

    @BeforeEach
    void poll() {
        k.vm.refresh();
    }

    private KioskState take(String service, Priority priority) {
        k.vm.choose(service);
        k.vm.take(priority);
        return k.vm.state();
    }

    @Test
    void refresh_controllerUp_groupsServicesByZoneAndIsReady() {
        KioskState s = k.vm.state();
        assertTrue(s.ready());
        assertNull(s.banner());
        assertEquals(List.of(Zone.LICENSING, Zone.CONVENIENCE, Zone.COMPREHENSIVE),
                s.zones().stream().map(ZoneGroup::zone).toList());
        assertEquals("行政许可区", s.zones().get(0).title().zh());
        ServiceTile hj = s.tile("HJ");
        assertEquals("户籍办理", hj.name().zh());
        assertEquals("等候 0 人", hj.waiting().zh());
        assertEquals("预计等候约 8 分钟", hj.predictedWait().zh());
    }

    @Test
    void refresh_serviceClosed_showsItGreyedWithReasonNotHidden() {
        k.controller.setClosed("GC", "today's 100 tickets are all issued");
        k.vm.refresh();
        ServiceTile gc = k.vm.state().tile("GC");
        assertFalse(gc.accepting());
        assertEquals("今日号已取完", gc.closedReason().zh());
        k.vm.choose("GC");
        assertEquals(Screen.HOME, k.vm.state().screen());
    }

    @Test
    void take_normal_printsTicketFromController() {
        KioskState s = take("HJ", Priority.NORMAL);
        assertEquals(Screen.PRINTED, s.screen());
        assertEquals("A001", s.ticket().number());
        assertEquals("http://127.0.0.1:8080/t/tokA1x7Qm2Lp9Zr4Kd8", s.ticket().qrUrl());
        assertEquals(1, k.printer.slips.size());
        assertEquals("A001", k.printer.slips.get(0).ticketNumber());
        assertEquals("行政许可区", k.printer.slips.get(0).zone());
        assertEquals("kiosk-1", k.controller.issueCalls.get(0).device());
    }

    @Test
    void take_greenChannel_sendsPriorityAndMarksSlip() {
        take("SB", Priority.GREEN_CHANNEL);
        assertEquals(Priority.GREEN_CHANNEL, k.controller.issueCalls.get(0).priority());
        assertEquals("【绿色通道】", k.printer.slips.get(0).footerLines().get(0));
    }

    @Test
    void take_twoAttempts_useFreshRequestIds() {
        take("HJ", Priority.NORMAL);
        k.vm.home();
        take("HJ", Priority.URGENT);
        assertEquals(2, k.controller.issueCalls.stream().map(r -> r.clientRequestId()).distinct().count());
        assertEquals("A002", k.vm.state().ticket().number());
    }

    @Test
    void take_answerLostOnce_retriesWithSameRequestIdAndGetsOneTicket() {
        k.controller.loseNextAnswers(1);
        KioskState s = take("HJ", Priority.NORMAL);
        assertEquals(Screen.PRINTED, s.screen());
        assertEquals(2, k.controller.issueCalls.size());
        assertEquals(k.controller.issueCalls.get(0).clientRequestId(), k.controller.issueCalls.get(1).clientRequestId());
        assertEquals(1, k.controller.issuedCount());
    }

    @Test
    void take_controllerDown_saysPausedAndPrintsNothing() {
        k.controller.setDown(true);
        k.vm.choose("HJ");
        k.vm.refresh();
        k.vm.take(Priority.NORMAL);
        KioskState s = k.vm.state();
        assertEquals(Screen.REFUSED, s.screen());
        assertEquals("暂停取号，请稍候", s.heading().zh());
        assertTrue(s.canRetry());
        assertTrue(k.printer.slips.isEmpty());
        assertFalse(s.ready());
    }

    @Test
    void retry_afterControllerBack_reusesTheAttemptsRequestId() {
        k.vm.choose("HJ");
        k.controller.setDown(true);
        k.vm.take(Priority.NORMAL);
        k.controller.setDown(false);
        k.vm.retry();
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(1, k.controller.issueCalls.stream().map(r -> r.clientRequestId()).distinct().count());
    }

    @Test
    void refresh_controllerDown_homeShowsPausedBanner() {
        k.controller.setDown(true);
        k.vm.refresh();
        KioskState s = k.vm.state();
        assertFalse(s.ready());
        assertEquals(Texts.CONTROLLER_DOWN, s.banner());
        assertFalse(s.zones().isEmpty(), "last known services stay on screen");
        k.vm.choose("HJ");
        assertEquals(Screen.HOME, k.vm.state().screen());
    }

    @Test
    void take_capReached409_explainsInChineseAndPrintsNothing() {
        k.controller.rejectIssues(new Problem(409, "LIMIT", "户籍办理 has issued today's 400 tickets"));
        KioskState s = take("HJ", Priority.NORMAL);
        assertEquals(Screen.REFUSED, s.screen());
        assertEquals("今日该事项取号已达上限，请改日办理或网上预约。", s.message().zh());
        assertFalse(s.canRetry());
        assertTrue(k.printer.slips.isEmpty());
    }

    @Test
    void take_paperOut_refusesBeforeIssuing() {
        k.vm.choose("HJ");
        k.printer.setStatus(RecordingTicketPrinter.PAPER_OUT);
        k.vm.take(Priority.NORMAL);
        KioskState s = k.vm.state();
        assertEquals(Screen.REFUSED, s.screen());
        assertEquals("暂停取号", s.heading().zh());
        assertTrue(k.controller.issueCalls.isEmpty(), "no number issued");
        assertTrue(k.printer.slips.isEmpty());
        assertEquals("kiosk-1-printer", k.events.alerts.get(0).deviceId());
        assertTrue(k.events.alerts.get(0).problem().contains("paper out"));
    }

    @Test
    void refresh_coverOpen_pausesHomeAndAlertsOnce() {
        k.printer.setStatus(RecordingTicketPrinter.COVER_OPEN);
        k.vm.refresh();
        k.vm.refresh();
        assertFalse(k.vm.state().ready());
        assertEquals(Texts.PAUSED, k.vm.state().banner());
        assertEquals(1, k.events.alerts.size());
        k.printer.setStatus(RecordingTicketPrinter.HEALTHY);
        k.vm.refresh();
        assertTrue(k.vm.state().ready());
    }

    private KioskState printFails() {
        k.printer.setOutcome(PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out"));
        return take("HJ", Priority.NORMAL);
    }

    @Test
    void take_printFailsAfter_keepsTicketValidAndShowsQr() {
        KioskState s = printFails();
        assertEquals(Screen.PRINT_FAILED, s.screen());
        assertTrue(k.controller.voided.isEmpty(), "the citizen keeps the number");
        assertEquals("A001", s.ticket().number());
        assertEquals("http://127.0.0.1:8080/t/tokA1x7Qm2Lp9Zr4Kd8", s.ticket().qrUrl());
        assertEquals(Texts.PRINT_FAILED_DETAIL, s.message());
        assertTrue(k.events.alerts.get(0).problem().contains("A001 not printed"));
        assertTrue(k.events.alerts.get(0).problem().contains("still valid"));
    }

    @Test
    void printFailed_citizenNotedNumber_goesHomeTicketStaysValid() {
        printFails();
        k.vm.home();
        assertEquals(Screen.HOME, k.vm.state().screen());
        k.vm.confirmGiveUp();
        assertTrue(k.controller.voided.isEmpty());
    }

    @Test
    void printFailed_screenTimesOut_goesHomeTicketStaysValid() {
        printFails();
        k.clock.advance(Duration.ofSeconds(119));
        k.vm.tick();
        assertEquals(Screen.PRINT_FAILED, k.vm.state().screen(), "time to photograph, longer than the idle timeout");
        k.clock.advance(Duration.ofSeconds(1));
        k.vm.tick();
        assertEquals(Screen.HOME, k.vm.state().screen());
        assertTrue(k.controller.voided.isEmpty());
    }

    @Test
    void printFailed_giveUpConfirmed_voidsTicket() {
        printFails();
        k.vm.askGiveUp();
        assertEquals(Screen.CONFIRM_GIVE_UP, k.vm.state().screen());
        assertTrue(k.controller.voided.isEmpty(), "nothing voided before the citizen confirms");
        k.vm.confirmGiveUp();
        KioskState s = k.vm.state();
        assertEquals(Screen.GIVEN_UP, s.screen());
        assertEquals(Texts.GIVEN_UP, s.heading());
        assertEquals(List.of("tokA1x7Qm2Lp9Zr4Kd8"), k.controller.voided);
        k.clock.advance(Duration.ofSeconds(10));
        k.vm.tick();
        assertEquals(Screen.HOME, k.vm.state().screen());
    }

    @Test
    void printFailed_giveUpThenKeep_ticketStaysValid() {
        printFails();
        k.vm.askGiveUp();
        k.vm.keepTicket();
        assertEquals(Screen.PRINT_FAILED, k.vm.state().screen());
        assertEquals("A001", k.vm.state().ticket().number());
        assertTrue(k.controller.voided.isEmpty());
    }

    @Test
    void printFailed_confirmScreenTimesOut_ticketStaysValid() {
        printFails();
        k.vm.askGiveUp();
        k.clock.advance(Duration.ofSeconds(120));
        k.vm.tick();
        assertEquals(Screen.HOME, k.vm.state().screen());
        assertTrue(k.controller.voided.isEmpty());
    }

    @Test
    void printFailed_giveUpWhileControllerAway_voidedAtNextPoll() {
        printFails();
        k.vm.askGiveUp();
        k.controller.setDown(true);
        k.vm.confirmGiveUp();
        assertEquals(Texts.GIVE_UP_QUEUED, k.vm.state().message());
        assertTrue(k.controller.voided.isEmpty());
        k.vm.refresh();
        assertTrue(k.controller.voided.isEmpty());
        k.controller.setDown(false);
        k.vm.refresh();
        assertEquals(List.of("tokA1x7Qm2Lp9Zr4Kd8"), k.controller.voided);
    }

    @Test
    void printFailed_giveUpRefused_saysAskStaff() {
        printFails();
        k.controller.rejectVoids(new Problem(409, "CONFLICT", "ticket A001 is CALLED"));
        k.vm.askGiveUp();
        k.vm.confirmGiveUp();
        assertEquals(Texts.GIVE_UP_REFUSED, k.vm.state().heading());
        assertEquals(Texts.GIVE_UP_REFUSED_DETAIL, k.vm.state().message());
    }

    @Test
    void requestHelp_anyScreen_raisesHelpRequest() {
        k.vm.choose("HJ");
        k.vm.requestHelp();
        assertEquals(1, k.events.help.size());
        assertEquals("kiosk-1", k.events.help.get(0).kioskId());
        assertEquals("PRIORITY", k.events.help.get(0).screen());
        assertTrue(k.vm.state().helpRaised());
    }

    @Test
    void tick_idle_returnsHomeInChineseStandardLook() {
        k.vm.toggleLanguage();
        k.vm.toggleElderlyMode();
        k.vm.choose("HJ");
        assertEquals(Lang.EN, k.vm.state().lang());
        assertTrue(k.vm.state().elderly());
        k.clock.advance(Duration.ofSeconds(44));
        k.vm.tick();
        assertEquals(Screen.PRIORITY, k.vm.state().screen());
        k.clock.advance(Duration.ofSeconds(1));
        k.vm.tick();
        KioskState s = k.vm.state();
        assertEquals(Screen.HOME, s.screen());
        assertEquals(Lang.ZH, s.lang());
        assertFalse(s.elderly());
    }

    @Test
    void tick_afterPrinted_returnsHomeAfterResultHold() {
        take("HJ", Priority.NORMAL);
        k.clock.advance(Duration.ofSeconds(10));
        k.vm.tick();
        assertEquals(Screen.HOME, k.vm.state().screen());
    }
}
