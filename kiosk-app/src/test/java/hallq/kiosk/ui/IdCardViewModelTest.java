package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.PrintOutcome;
import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.i18n.Texts;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.rest.Problem;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ID card (身份证) read at the kiosk: attached to one request, shown masked, never kept. */
class IdCardViewModelTest {

    static final String NUMBER = "440306199003071232";
    static final CitizenId CARD = CitizenId.of(NUMBER);
    private final TestKiosk k = new TestKiosk();

    @BeforeEach
    void poll() {
        k.vm.refresh();
    }

    @Test
    void citizenId_masksAllButFirstAndLastFour_andRejectsBadNumbers() {
        assertEquals("4403**********1232", CARD.masked());
        assertEquals("4403**********1232", CARD.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CitizenId.of("440306199003071233"));
        assertFalse(e.getMessage().contains("44030619900307"), "the reason never repeats the number");
    }

    @Test
    void cardRead_onHome_showsMaskedAndGoesWithTheTicket() {
        k.vm.cardRead(CARD);
        assertEquals("4403**********1232", k.vm.state().maskedId());
        assertFalse(k.vm.state().toString().contains(NUMBER));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(NUMBER, k.controller.issueCalls.get(0).idNumber());
        assertFalse(k.controller.issueCalls.get(0).toString().contains(NUMBER));
    }

    @Test
    void cardRead_whileChoosingPriority_isAttached() {
        k.vm.choose("SB");
        k.vm.cardRead(CARD);
        k.vm.take(Priority.GREEN_CHANNEL);
        assertEquals(NUMBER, k.controller.issueCalls.get(0).idNumber());
    }

    @Test
    void card_goesWithOneTicketOnly() {
        k.vm.cardRead(CARD);
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        k.vm.home();
        assertNull(k.vm.state().maskedId());
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertNull(k.controller.issueCalls.get(1).idNumber());
    }

    @Test
    void clearCard_beforeTaking_sendsNoId() {
        k.vm.cardRead(CARD);
        k.vm.clearCard();
        assertNull(k.vm.state().maskedId());
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertNull(k.controller.issueCalls.get(0).idNumber());
    }

    @Test
    void personalDailyCap_409Limit_saysSoInBothLanguages() {
        k.controller.rejectIssues(new Problem(409, "PERSON_LIMIT", "this person already has 3 tickets for 户籍办理 today"));
        k.vm.cardRead(CARD);
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        KioskState s = k.vm.state();
        assertEquals(Screen.REFUSED, s.screen());
        assertEquals(Texts.NO_TICKET, s.heading());
        assertEquals(Texts.PERSON_LIMIT, s.message());
        assertTrue(s.message().en().contains("limit"));
        assertFalse(s.canRetry());
        assertTrue(k.printer.slips.isEmpty());
    }

    @Test
    void serviceCap_409Limit_withCard_isTheServiceMessage() {
        k.controller.rejectIssues(new Problem(409, "LIMIT", "户籍办理 has issued today's 400 tickets"));
        k.vm.cardRead(CARD);
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals("今日该事项取号已达上限，请改日办理或网上预约。", k.vm.state().message().zh());
    }

    @Test
    void controllerDown_retryKeepsTheCardWithTheAttempt() {
        k.vm.cardRead(CARD);
        k.vm.choose("HJ");
        k.controller.setDown(true);
        k.vm.take(Priority.NORMAL);
        k.controller.setDown(false);
        k.vm.retry();
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(NUMBER, k.controller.issueCalls.get(k.controller.issueCalls.size() - 1).idNumber());
    }

    @Test
    void cardRead_onResultScreen_startsAfreshForTheNextCitizen() {
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        k.vm.cardRead(CARD);
        assertEquals(Screen.HOME, k.vm.state().screen());
        assertEquals(CARD.masked(), k.vm.state().maskedId());
    }

    @Test
    void cardRead_whileUnprintedTicketOnScreen_isIgnored() {
        k.printer.setOutcome(PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out"));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        k.vm.cardRead(CARD);
        assertEquals(Screen.PRINT_FAILED, k.vm.state().screen());
        assertNull(k.vm.state().maskedId());
    }

    @Test
    void idleTimeout_forgetsTheCard() {
        k.vm.cardRead(CARD);
        k.clock.advance(Duration.ofSeconds(45));
        k.vm.tick();
        assertNull(k.vm.state().maskedId());
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertNull(k.controller.issueCalls.get(0).idNumber());
    }
}
