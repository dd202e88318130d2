package hallq.city.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CityReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static CityReport.Sums sums(int issued, int firstCalls, long waitedMs, int served) {
        return new CityReport.Sums(issued, firstCalls, waitedMs, served, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aLevelAndTheCity_sumTheirHalls_includingTheShareWithinTarget_supervisionAndEachWindow() {
        HallEntry district = new HallEntry("d1", "区中心", HallEntry.Level.DISTRICT, "c", null, null, null);
        HallEntry street = new HallEntry("s1", "街道", HallEntry.Level.TOWNSHIP, "d1", null, null, null);
        HallEntry quiet = new HallEntry("s2", "安静街道", HallEntry.Level.TOWNSHIP, "d1", null, null, null);
        CityReport.Input in = new CityReport.Input(List.of(street, district, quiet), Map.of(
                "d1", new CityReport.Group(sums(10, 8, 8 * 600_000L, 6), Map.of(5, 4, 25, 4), new CityReport.Within(8, 4),
                        new CityReport.Supervised(1, 1, 0, 0, 1, 1)),
                "s1", new CityReport.Group(sums(4, 4, 4 * 120_000L, 4), Map.of(2, 4), new CityReport.Within(4, 4),
                        new CityReport.Supervised(0, 1, 1, 1, 0, 0))),
                Map.of("HJ", new CityReport.Group(sums(14, 12, 0, 10), Map.of(), new CityReport.Within(12, 8), null)),
                Map.of("d1", Map.of(3, new CityReport.Group(sums(0, 5, 0, 4), Map.of(), CityReport.Within.ZERO, null),
                        1, new CityReport.Group(sums(0, 3, 0, 2), Map.of(), CityReport.Within.ZERO, null))),
                List.of());
        CityReport r = CityReport.build(DAY, DAY, in);

        assertEquals(List.of("d1", "s1", "s2"), r.halls().stream().map(h -> h.hall().id()).toList(), "by level, then id");
        assertEquals(0.5, r.halls().get(0).figures().withinTarget());
        assertEquals(10.0, r.halls().get(0).figures().meanWaitMinutes());
        assertEquals(25, r.halls().get(0).figures().p90WaitMinutes());
        assertNull(r.halls().get(2).figures().withinTarget(), "no waits: no share");
        CityReport.Figures streets = r.levels().get(HallEntry.Level.TOWNSHIP);
        assertEquals(2, streets.halls());
        assertEquals(1.0, streets.withinTarget());
        assertEquals(new CityReport.Supervised(0, 1, 1, 1, 0, 0), streets.supervised());
        assertEquals(8 / 12.0, r.city().withinTarget(), 1e-9);
        assertEquals(new CityReport.Supervised(1, 2, 1, 1, 1, 1), r.city().supervised());
        assertEquals(14, r.city().sums().issued());
        assertEquals(25, r.city().p90WaitMinutes(), "the city's p90 from every hall's buckets: 4 of 12 waits at 25");
        assertNull(r.services().get(0).figures().supervised(), "no supervision per service");
        assertEquals(List.of(1, 3), r.windows().stream().map(CityReport.WindowRow::window).toList());
        assertEquals(4, r.windows().get(1).figures().sums().served());
    }

    @Test
    void ratingsByLevel_addUpLikeEveryCounter() {
        CityReport.Sums a = new CityReport.Sums(0, 0, 0, 0, 0, 0, 0, 3, 11, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                List.of(1, 0, 0, 1, 1));
        CityReport.Sums b = new CityReport.Sums(0, 0, 0, 0, 0, 0, 0, 2, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                List.of(0, 0, 0, 0, 2));
        assertEquals(List.of(1, 0, 0, 1, 3), a.plus(b).byScore());
        assertEquals(CityReport.Sums.NO_SCORES, CityReport.Sums.ZERO.byScore());
        assertThrows(IllegalArgumentException.class, () -> new CityReport.Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, List.of(1, 2)));
    }
}
