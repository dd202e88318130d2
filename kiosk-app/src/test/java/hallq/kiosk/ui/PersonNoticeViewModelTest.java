package hallq.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.Priority;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.PersonDayView.Item;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** After an ID card is read, the kiosk shows the holder's appointments and handovers at the city's halls. */
class PersonNoticeViewModelTest {

    static final String NUMBER = "440306199003071232";
    static final CitizenId CARD = CitizenId.of(NUMBER);
    /** TestKiosk's Monday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final PersonDayView DAY = new PersonDayView(List.of(new Item(Item.APPOINTMENT, "baiyun", "白云街道便民服务中心",
            false, "SB", TODAY, LocalTime.of(10, 30), "BOOKED", null, null)), true);

    /** Holds look-ups until released, as a slow controller would. */
    static final class Held implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove().run();
            }
        }
    }

    private static List<String> zh(KioskState s) {
        return s.notice() == null ? List.of() : s.notice().lines().stream().map(t -> t.zh()).toList();
    }

    @Test
    void cardRead_onHome_showsTheDay_andReturningHomeClearsIt() {
        TestKiosk k = new TestKiosk();
        k.controller.setPersonDay(DAY);
        k.vm.refresh();
        k.vm.cardRead(CARD);
        assertEquals(List.of(NUMBER), k.controller.personCalls);
        assertEquals(List.of("您在白云街道便民服务中心有 10:30 的预约"), zh(k.vm.state()));
        assertFalse(k.vm.state().toString().contains(NUMBER));
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Screen.PRINTED, k.vm.state().screen(), "the notice does not stand in the ticket's way");
        k.vm.home();
        assertNull(k.vm.state().notice());
    }

    @Test
    void idleTimeoutAndClearCard_dropTheNotice() {
        TestKiosk k = new TestKiosk();
        k.controller.setPersonDay(DAY);
        k.vm.cardRead(CARD);
        k.clock.advance(Duration.ofSeconds(45));
        k.vm.tick();
        assertNull(k.vm.state().notice());
        k.vm.cardRead(CARD);
        k.vm.clearCard();
        assertNull(k.vm.state().notice());
    }

    @Test
    void lookUpRunsOffTheWorker_andALateAnswerAfterHomeIsDropped() {
        Held lookups = new Held();
        TestKiosk k = new TestKiosk(Runnable::run, TestKiosk.SETTINGS, lookups);
        k.controller.setPersonDay(DAY);
        k.vm.refresh();
        k.vm.cardRead(CARD);
        assertEquals(List.of(), zh(k.vm.state()), "nothing shown while the controller is asked");
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Screen.PRINTED, k.vm.state().screen(), "a slow look-up does not hold up the ticket");
        k.vm.home();
        lookups.runAll();
        assertNull(k.vm.state().notice());
        assertTrue(k.vm.state().untouched());
    }

    @Test
    void controllerDown_noNotice_ticketStillIssued() {
        TestKiosk k = new TestKiosk();
        k.controller.setPersonDay(DAY);
        k.controller.setDown(true);
        k.vm.cardRead(CARD);
        assertEquals(List.of(), zh(k.vm.state()));
        k.controller.setDown(false);
        k.vm.refresh();
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Screen.PRINTED, k.vm.state().screen());
    }
}
