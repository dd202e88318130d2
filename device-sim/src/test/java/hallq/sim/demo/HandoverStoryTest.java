package hallq.sim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.sim.demo.HandoverStory.Move;
import hallq.sim.demo.HandoverStory.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handover story's decisions, on times given: each move when it is due, each step once. */
class HandoverStoryTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in the hall
    private final HandoverStory story = new HandoverStory(HandoverStory.Timing.DEMO, NINE);

    private static Instant at(int minutes) {
        return NINE.plus(Duration.ofMinutes(minutes));
    }

    private Move next(int minutes) {
        return story.next(at(minutes), true, true);
    }

    @Test
    void eachMove_comesWhenItIsDue_andTheStoryEndsWhenThePickupIsHeldEverywhere() {
        assertNull(next(9), "the citizen comes 10 minutes after the start");
        assertEquals(Move.ARRIVE, next(10));
        assertEquals(Move.ARRIVE, next(11), "asked again until the citizen has a ticket");
        story.happened(Step.ARRIVED, at(12), "K001");
        assertNull(next(40), "the station's clerk hands over; the hub takes it to the street");
        story.happened(Step.SENT, at(30), "village-hedong-20261123-093000 → street-baiyun");
        story.happened(Step.RECEIVED, at(32), null);
        assertNull(next(41));
        assertEquals(Move.ACCEPT, next(42), "accepted 10 minutes after it arrived");
        story.happened(Step.ACCEPTED, at(42), "SL-1");
        assertNull(next(45), "the link is cut only once the station has heard of the acceptance");
        story.happened(Step.ACCEPT_HEARD, at(45), null);
        assertEquals(Move.CUT_LINK, next(45));
        story.happened(Step.LINK_CUT, at(45), null);
        assertNull(next(59));
        assertEquals(Move.RESULT, next(60), "the result 15 minutes into the cut");
        story.happened(Step.RESULT_READY, at(60), null);
        assertNull(next(74));
        assertEquals(Move.RESTORE_LINK, next(75), "the link back after 30 minutes");
        story.happened(Step.LINK_RESTORED, at(75), null);
        assertNull(next(200), "the station hears of the result through its relay");
        story.happened(Step.READY_HEARD, at(76), null);
        assertNull(next(85));
        assertEquals(Move.COME_BACK, next(86), "the citizen comes back 10 minutes after the station heard");
        story.happened(Step.PICKUP_TICKET, at(87), "K003");
        assertNull(next(300), "the clerk calls the pickup ticket; the halls and the hub hear of it");
        story.happened(Step.PICKED_UP, at(93), "K003");
        story.happened(Step.HUB_HEARD, at(94), null);
        assertFalse(story.done());
        assertEquals(Step.RECEIVER_HEARD, story.waitingFor());
        story.happened(Step.RECEIVER_HEARD, at(95), null);
        assertTrue(story.done());
        assertNull(story.waitingFor());
        assertEquals(List.of(Step.values()), story.moments().stream().map(HandoverStory.Moment::step).toList());
    }

    @Test
    void aStep_happensOnce() {
        assertTrue(story.happened(Step.ARRIVED, at(20), "K001"));
        assertFalse(story.happened(Step.ARRIVED, at(25), "K002"));
        assertEquals(at(20), story.at(Step.ARRIVED));
        assertEquals("K001", story.detail(Step.ARRIVED));
        assertEquals(1, story.moments().size());
    }

    @Test
    void theCitizenComes_andTheReceivingHallActs_onlyWhileTheyAreOpen_andTheLinkStaysCutUntilTheResultIsReady() {
        assertNull(story.next(at(30), false, true), "the station is closed");
        assertEquals(Move.ARRIVE, story.next(at(30), true, false));
        story.happened(Step.ARRIVED, at(30), "K001");
        story.happened(Step.SENT, at(35), null);
        story.happened(Step.RECEIVED, at(36), null);
        assertNull(story.next(at(60), true, false), "the street's clerks are at lunch");
        assertEquals(Move.ACCEPT, story.next(at(60), true, true));
        story.happened(Step.ACCEPTED, at(60), null);
        story.happened(Step.ACCEPT_HEARD, at(61), null);
        story.happened(Step.LINK_CUT, at(61), null);
        assertNull(story.next(at(200), true, false), "no result while the street is closed, and the link stays cut");
        assertEquals(Move.RESULT, story.next(at(200), true, true));
        story.happened(Step.RESULT_READY, at(200), null);
        assertEquals(Move.RESTORE_LINK, story.next(at(200), true, true), "the cut has lasted long enough");
    }

    @Test
    void theLines_sayEachStepWithItsHallTime_andWhatTheStoryWaitsFor() {
        story.happened(Step.ARRIVED, at(23), "K001");
        assertEquals(List.of("09:23:00  群众在服务站取号 / the citizen takes a ticket at the station's kiosk (K001)",
                "等待 / waiting for: 服务站窗口转报（代办） / the station's clerk hands the matter over"), story.lines(ZONE));
    }
}
