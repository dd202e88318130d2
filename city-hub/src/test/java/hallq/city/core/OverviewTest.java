package hallq.city.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.Zone;
import hallq.protocol.city.HallLive;
import hallq.protocol.rest.ServiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverviewTest {
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static HallEntry hall(String id, HallEntry.Level level, String parent) {
        return new HallEntry(id, id, level, parent, null, null, null);
    }

    private static ServiceView queue(String id, int waiting, Double predicted, int target) {
        return new ServiceView(id, id + "办理", id, "A", Zone.LICENSING, waiting, 1, predicted, predicted, target, 0, 0, true,
                null);
    }

    private static HallLive live(int open, ServiceView... services) {
        return new HallLive(NOW.minusSeconds(5), DAY, open, 4, List.of(services));
    }

    private static Overview.Day day(int issued, int firstCalls, long waitedMinutes, int ratings, int bad) {
        return new Overview.Day(DAY, issued, issued / 2, firstCalls, waitedMinutes * 60_000, 0, ratings, bad);
    }

    @Test
    void aDistrictsTotals_includeItsStreetsAndVillages_andEachHallKeepsItsOwnFigures() {
        List<Overview.Node> roots = Overview.build(List.of(
                new Overview.Input(hall("v1", HallEntry.Level.VILLAGE, "s1"), NOW.minusSeconds(3), live(1,
                        queue("SB", 2, 6.0, 20)), day(10, 4, 40, 2, 1)),
                new Overview.Input(hall("city", HallEntry.Level.CITY, null), NOW.minusSeconds(1), live(3,
                        queue("HJ", 5, 12.0, 20)), day(100, 50, 500, 10, 0)),
                new Overview.Input(hall("d1", HallEntry.Level.DISTRICT, "city"), NOW.minusSeconds(2), live(2,
                        queue("HJ", 30, 45.0, 20), queue("SB", 10, 33.0, 30)), day(60, 20, 600, 4, 1)),
                new Overview.Input(hall("s1", HallEntry.Level.TOWNSHIP, "d1"), NOW.minusSeconds(200), null,
                        Overview.Day.none(DAY))), NOW);
        assertEquals(1, roots.size());
        Overview.Node city = roots.get(0);
        Overview.Node district = city.children().get(0);
        Overview.Node street = district.children().get(0);
        assertEquals("v1", street.children().get(0).hall().id());

        assertEquals(3, district.total().halls(), "itself, its street and the street's village");
        assertEquals(42, district.total().waiting());
        assertEquals(70, district.total().issued());
        assertEquals((600 + 40) / 24.0, district.total().meanWaitMinutes(), 1e-9);
        assertEquals(4 / 6.0, district.total().satisfaction(), 1e-9);
        assertEquals(1, district.total().hallsOverTarget(), "the district itself: HJ 45 min against 20");
        assertEquals(1, district.total().staleHalls(), "the street, heard 200 s ago");
        assertEquals(4, city.total().halls());
        assertEquals(47, city.total().waiting());

        assertEquals("HJ办理", district.now().worstService());
        assertEquals(2, district.now().servicesOverTarget());
        assertTrue(street.stale());
        assertNull(street.now(), "never said how it stands");
        assertFalse(district.stale());
        assertNull(new Overview.Totals(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).meanWaitMinutes());
    }
}
