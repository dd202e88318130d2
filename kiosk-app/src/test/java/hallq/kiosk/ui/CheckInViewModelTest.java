package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.kiosk.i18n.Texts;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.rest.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 预约签到: by code or ID card, against the controller's check-in contract (fake controller). */
class CheckInViewModelTest {

    private final TestKiosk k = new TestKiosk();

    @BeforeEach
    void poll() {
        k.vm.refresh();
        k.controller.addAppointment("83105527", IdCardViewModelTest.NUMBER, "HJ");
    }

    private void type(String code) {
        for (char c : code.toCharArray()) {
            k.vm.typeCode(c);
        }
    }

    @Test
    void checkIn_byCode_printsAppointmentTicket() {
        k.vm.openCheckIn();
        assertEquals(Screen.CHECK_IN, k.vm.state().screen());
        type("83105527");
        k.vm.submitCheckIn();
        KioskState s = k.vm.state();
        assertEquals(Screen.PRINTED, s.screen());
        assertEquals("A001", s.ticket().number());
        assertEquals("83105527", k.controller.checkInCalls.get(0).code());
        assertEquals("kiosk-1", k.controller.checkInCalls.get(0).device());
        assertNull(k.controller.checkInCalls.get(0).idNumber());
        assertEquals("【预约】", k.printer.slips.get(0).footerLines().get(0));
    }

    @Test
    void checkIn_byIdCard_onCheckInScreen_checksInAtOnce() {
        k.vm.openCheckIn();
        k.vm.cardRead(IdCardViewModelTest.CARD);
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(IdCardViewModelTest.NUMBER, k.controller.checkInCalls.get(0).idNumber());
        assertNull(k.controller.checkInCalls.get(0).code());
    }

    @Test
    void codeEntry_keepsLettersAndDigitsUpperCase_deletes_andNeedsFourCharacters() {
        k.vm.openCheckIn();
        type("ab-1");
        assertEquals("AB1", k.vm.state().code());
        k.vm.submitCheckIn();
        assertEquals(Screen.CHECK_IN, k.vm.state().screen(), "too short to send");
        assertTrue(k.controller.checkInCalls.isEmpty());
        k.vm.deleteCode();
        assertEquals("AB", k.vm.state().code());
        type("1234567890123456789");
        assertEquals(16, k.vm.state().code().length());
    }

    @Test
    void checkIn_unknownCode_404_saysNotFound() {
        k.vm.openCheckIn();
        type("99999999");
        k.vm.submitCheckIn();
        KioskState s = k.vm.state();
        assertEquals(Screen.REFUSED, s.screen());
        assertEquals(Texts.NO_CHECK_IN, s.heading());
        assertEquals("未找到您今天的预约，请核对预约码或咨询工作人员。", s.message().zh());
        assertTrue(k.printer.slips.isEmpty());
    }

    @Test
    void checkIn_tooEarlyOrTooLate_409_explainsWhich() {
        k.controller.rejectCheckIns(new Problem(409, "TOO_EARLY", "check-in for the 10:30 appointment opens at 10:00"));
        k.vm.openCheckIn();
        type("83105527");
        k.vm.submitCheckIn();
        assertEquals("还未到签到时间，请于 10:00 后签到。", k.vm.state().message().zh());
        assertEquals("It is too early to check in; check-in opens at 10:00.", k.vm.state().message().en());
        k.vm.home();
        k.controller.rejectCheckIns(new Problem(409, "TOO_EARLY", "the appointment is for 2025-03-04 10:30"));
        k.vm.openCheckIn();
        type("83105527");
        k.vm.submitCheckIn();
        assertEquals("还未到签到时间，请在预约时段临近时再签到。", k.vm.state().message().zh());
        k.vm.home();
        k.controller.rejectCheckIns(new Problem(409, "TOO_LATE",
                "check-in for the 10:30 appointment closed at 10:45; please take a ticket on site"));
        k.vm.openCheckIn();
        type("83105527");
        k.vm.submitCheckIn();
        assertEquals("已超过预约签到时间（10:45），请按普通方式取号或咨询工作人员。", k.vm.state().message().zh());
        assertTrue(k.printer.slips.isEmpty());
    }

    @Test
    void checkIn_twice_409Conflict_saysAlreadyCheckedIn() {
        k.vm.openCheckIn();
        type("83105527");
        k.vm.submitCheckIn();
        k.vm.home();
        k.vm.openCheckIn();
        type("83105527");
        k.vm.submitCheckIn();
        assertEquals("该预约已签到取号，请使用已取的号票，如有疑问请咨询工作人员。", k.vm.state().message().zh());
        assertEquals(1, k.printer.slips.size());
    }

    @Test
    void checkIn_answerLost_retriesWithSameRequestId_oneTicket() {
        k.controller.loseNextAnswers(1);
        k.vm.openCheckIn();
        type("83105527");
        k.vm.submitCheckIn();
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(2, k.controller.checkInCalls.size());
        assertEquals(k.controller.checkInCalls.get(0).clientRequestId(), k.controller.checkInCalls.get(1).clientRequestId());
        assertEquals(1, k.printer.slips.size());
    }

    @Test
    void checkIn_controllerDown_pausedThenRetrySameRequestId() {
        k.vm.openCheckIn();
        type("83105527");
        k.controller.setDown(true);
        k.vm.submitCheckIn();
        assertEquals(Texts.CONTROLLER_DOWN, k.vm.state().heading());
        assertTrue(k.vm.state().canRetry());
        assertTrue(k.printer.slips.isEmpty());
        k.controller.setDown(false);
        k.vm.retry();
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(1, k.controller.checkInCalls.stream().map(r -> r.clientRequestId()).distinct().count());
    }

    @Test
    void openCheckIn_whilePaused_staysHome() {
        k.controller.setDown(true);
        k.vm.refresh();
        k.vm.openCheckIn();
        assertEquals(Screen.HOME, k.vm.state().screen());
        k.vm.typeCode('1');
        assertEquals("", k.vm.state().code());
    }

    @Test
    void standardTicket_isNotAnAppointment() {
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertTrue(k.controller.checkInCalls.isEmpty());
    }
}
