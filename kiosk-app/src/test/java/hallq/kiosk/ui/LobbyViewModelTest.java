package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.kiosk.testing.RecordingTicketPrinter;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.rest.Problem;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lobby layout's state: clock, countdown, 爱心通道, the zone to wait in, the fault screens. */
class LobbyViewModelTest {

    private final TestKiosk k = new TestKiosk();

    @BeforeEach
    void poll() {
        k.vm.refresh();
    }

    @Test
    void clock_followsTheKioskClockInHallTime() {
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 0), k.vm.state().now());
        k.clock.advance(Duration.ofSeconds(61));
        k.vm.tick();
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 1), k.vm.state().now());
    }

    @Test
    void printed_countsDownToHomeWithTheTicks() {
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(10, k.vm.state().countdown());
        assertEquals("请到 行政许可区 等候叫号", hallq.kiosk.i18n.ScreenTexts.waitIn(k.vm.state().ticket().area()).zh());
        k.clock.advance(Duration.ofSeconds(4));
        k.vm.tick();
        assertEquals(6, k.vm.state().countdown());
        k.clock.advance(Duration.ofSeconds(6));
        k.vm.tick();
        assertEquals(Screen.HOME, k.vm.state().screen());
        assertNull(k.vm.state().countdown());
    }

    @Test
    void greenChannel_nextServiceTakesAGreenChannelTicketAtOnce() {
        k.vm.greenChannel(true);
        assertTrue(k.vm.state().greenChannel());
        k.vm.choose("SB");
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(Priority.GREEN_CHANNEL, k.controller.issueCalls.get(0).priority());
        k.vm.home();
        assertFalse(k.vm.state().greenChannel());
    }

    @Test
    void greenChannel_idleTimeoutLeavesIt() {
        k.vm.greenChannel(true);
        k.clock.advance(Duration.ofSeconds(46));
        k.vm.tick();
        assertFalse(k.vm.state().greenChannel());
    }

    @Test
    void faults_pauseSaysWhyAndDailyCapGetsItsOwnScreen() {
        k.printer.setStatus(RecordingTicketPrinter.PAPER_OUT);
        k.vm.refresh();
        assertEquals(Fault.PAPER_OUT, k.vm.state().pause());
        k.printer.setStatus(RecordingTicketPrinter.COVER_OPEN);
        k.vm.refresh();
        assertEquals(Fault.PRINTER_DOWN, k.vm.state().pause());
        k.printer.setStatus(RecordingTicketPrinter.HEALTHY);
        k.controller.setDown(true);
        k.vm.refresh();
        assertEquals(Fault.CONTROLLER_DOWN, k.vm.state().pause());
        k.controller.setDown(false);
        k.vm.refresh();
        assertNull(k.vm.state().pause());
        k.controller.rejectIssues(new Problem(409, "LIMIT", "daily cap reached"));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Fault.DAILY_CAP, k.vm.state().fault());
        k.vm.home();
        k.controller.rejectIssues(new Problem(409, "CLOSED", "outside hours"));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Fault.REFUSED, k.vm.state().fault());
    }

    @Test
    void icons_pickedFromTheServiceName() {
        assertEquals(Icon.PERSON, k.vm.state().tile("HJ").icon());
        assertEquals(Icon.FUND, k.vm.state().tile("GJJ").icon());
        assertEquals(Icon.DOCUMENT, Icon.forService("其他事项"));
    }
}
