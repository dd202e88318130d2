package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.kiosk.flow.Attempt;
import hallq.kiosk.testing.TestKiosk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 代办转报 取件: a scanned 收件通知书 QR code takes the pickup ticket of the handover's result (fake controller). */
class PickupViewModelTest {
    private static final String TOKEN = "Zk3pQ9xW2mVt7LbR4sHy";
    private final TestKiosk k = new TestKiosk();

    @BeforeEach
    void poll() {
        k.vm.refresh();
        k.controller.addHandoverResult(TOKEN, "SB");
    }

    @Test
    void theReceiptsQrCode_onTheHomeScreen_printsThePickupTicket_andScannedAgainTheSameOne() {
        k.vm.scanned("http://127.0.0.1:8084/h/" + TOKEN);
        KioskState s = k.vm.state();
        assertEquals(Screen.PRINTED, s.screen());
        assertTrue(s.ticket().number().startsWith("G"), "a ticket of the handover's service: " + s.ticket().number());
        assertEquals(1, k.printer.slips.size());
        k.vm.home();
        k.vm.openCheckIn();
        k.vm.scanned("https://hedong.example.gov.cn/h/" + TOKEN + "/");
        assertEquals(s.ticket().number(), k.vm.state().ticket().number(), "scanned again: the same ticket");
    }

    @Test
    void anUnknownReceipt_saysSoInPlainWords_andAnythingElseScannedIsNotAPickup() {
        k.vm.scanned("http://127.0.0.1:8084/h/AAAAAAAAAAAAAAAAAAAA");
        assertEquals(Screen.REFUSED, k.vm.state().screen());
        assertTrue(k.vm.state().message().zh().contains("未找到这张收件通知书"), k.vm.state().message().zh());
        assertNull(Attempt.handoverToken("http://127.0.0.1:8084/t/" + TOKEN), "a ticket's own QR code is not a receipt");
        assertNull(Attempt.handoverToken("83105527"));
        assertNull(Attempt.handoverToken("http://127.0.0.1:8084/h/short"));
        assertEquals(TOKEN, Attempt.handoverToken(" http://10.0.0.5/hall/h/" + TOKEN + " "));
    }
}
