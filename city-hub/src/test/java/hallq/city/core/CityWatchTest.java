package hallq.city.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.Zone;
import hallq.protocol.city.HallLive;
import hallq.protocol.rest.ServiceView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The city's watch over one hall, sample by sample, as the store would apply it. */
class CityWatchTest {
    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private final Map<CityWatch.Kind, CityWatch.Held> held = new EnumMap<>(CityWatch.Kind.class);
    private final List<CityWatch.Condition> raised = new ArrayList<>();
    private final List<CityWatch.Kind> closed = new ArrayList<>();
    private long nextAlert = 1;

    private static HallLive live(int minute, double predicted, int idle, int pastTarget) {
        ServiceView q = new ServiceView("HJ", "户籍办理", "Household", "A", Zone.LICENSING, 6, 1, predicted, predicted, 20,
                0, 0, true, null);
        return new HallLive(T0.plus(Duration.ofMinutes(minute)), DAY, 2, 3, List.of(q), idle, pastTarget);
    }

    /** Applies a sample's actions as {@code SupervisionStore.watch} does. */
    private void sample(HallLive live) {
        sample(live, 0);
    }

    private void sample(HallLive live, int overdueHandovers) {
        for (CityWatch.Action a : CityWatch.step(held, live, overdueHandovers)) {
            switch (a.type()) {
                case START -> held.put(a.kind(), new CityWatch.Held(a.kind(), live.at(), null));
                case RAISE -> {
                    raised.add(a.condition());
                    held.put(a.kind(), new CityWatch.Held(a.kind(), held.get(a.kind()).since(), nextAlert++));
                }
                case END -> {
                    if (a.alertId() != null) {
                        closed.add(a.kind());
                    }
                    held.remove(a.kind());
                }
                default -> {
                }
            }
        }
    }

    @Test
    void aWaitOverTarget_raisesOneAlertOnceItHeldTenMinutes_andClosesWhenItEnds() {
        for (int m = 0; m <= 9; m++) {
            sample(live(m, 35, 0, 0));
        }
        assertTrue(raised.isEmpty(), "nine minutes over target is not yet an episode");
        for (int m = 10; m <= 30; m++) {
            sample(live(m, 35, 0, 0));
        }
        assertEquals(1, raised.size(), "once per episode: " + raised);
        assertEquals(CityWatch.Kind.WAIT_OVER_TARGET, raised.get(0).kind());
        assertEquals("HJ", raised.get(0).serviceId());
        assertTrue(raised.get(0).message().contains("户籍办理 预计等候 35 分钟，超过 20 分钟目标"), raised.get(0).message());
        sample(live(31, 15, 0, 0));
        assertEquals(List.of(CityWatch.Kind.WAIT_OVER_TARGET), closed);
        assertTrue(held.isEmpty());
    }

    @Test
    void aShortEpisode_raisesNothing_andTheNextOneCountsFromItsOwnStart() {
        for (int m = 0; m < 8; m++) {
            sample(live(m, 35, 0, 0));
        }
        sample(live(8, 10, 0, 0)); // back under target: the episode ends unraised
        for (int m = 9; m < 18; m++) {
            sample(live(m, 35, 0, 0));
        }
        assertTrue(raised.isEmpty(), "neither stretch held ten minutes");
        assertTrue(closed.isEmpty(), "nothing raised, nothing to close");
    }

    @Test
    void idleWindowsAndCitizensPastTarget_areTheirOwnEpisodes_withTheirOwnHoldTimes() {
        for (int m = 0; m <= 5; m++) {
            sample(live(m, 10, 1, m >= 2 ? 3 : 0));
        }
        assertEquals(List.of(CityWatch.Kind.IDLE_WHILE_WAITING), raised.stream().map(CityWatch.Condition::kind).toList(),
                "idle windows after five minutes; citizens past target need ten");
        for (int m = 6; m <= 12; m++) {
            sample(live(m, 10, 0, 3));
        }
        assertEquals(List.of(CityWatch.Kind.IDLE_WHILE_WAITING, CityWatch.Kind.WAITING_PAST_TARGET),
                raised.stream().map(CityWatch.Condition::kind).toList());
        assertEquals(List.of(CityWatch.Kind.IDLE_WHILE_WAITING), closed);
    }

    @Test
    void noCitizenWaiting_isNeverAWaitOverTarget() {
        ServiceView empty = new ServiceView("HJ", "户籍办理", "Household", "A", Zone.LICENSING, 0, 1, 50.0, 50.0, 20, 0, 0,
                true, null);
        assertTrue(CityWatch.conditions(new HallLive(T0, DAY, 1, 1, List.of(empty), 0, 0)).isEmpty());
    }

    @Test
    void handoversPastTheirDeadline_areRaisedWithTheNextSample_atTheWorstCount_andCloseWhenNoneIsLeft() {
        sample(live(0, 5, 0, 0), 1);
        assertTrue(raised.isEmpty(), "a deadline is already the slack, but the episode starts with this sample");
        sample(live(0, 5, 0, 0), 2);
        assertEquals(List.of(CityWatch.Kind.HANDOVER_OVERDUE), raised.stream().map(CityWatch.Condition::kind).toList());
        assertEquals("2 件转报件超期未受理或未办结", raised.get(0).message());
        sample(live(1, 5, 0, 0), 1);
        assertEquals(1, raised.size());
        sample(live(2, 5, 0, 0), 0);
        assertEquals(List.of(CityWatch.Kind.HANDOVER_OVERDUE), closed);
    }
}
