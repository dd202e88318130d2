package hallq.city.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import hallq.protocol.Zone;
import hallq.protocol.city.HallLive;
import hallq.protocol.rest.ServiceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CityServicesTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    private static ServiceView service(String id, String name, int waiting, double predicted, boolean accepting) {
        return new ServiceView(id, name, name + " (en)", "A", Zone.LICENSING, waiting, 1, predicted, predicted + 5, 20, 0, 0,
                accepting, accepting ? null : "HOURS");
    }

    private static Overview.Input input(HallEntry hall, Instant heard, String url, ServiceView... services) {
        return new Overview.Input(hall, heard, heard == null ? null : new HallLive(heard, LocalDate.of(2026, 12, 2), 1, 2,
                List.of(services), 0, 0, url), null, null, null);
    }

    @Test
    void eachMatterListsTheHallsThatHandleIt_leavingOutFiguresOfHallsOutOfTouch() {
        HallEntry city = new HallEntry("city", "市中心", HallEntry.Level.CITY, null, 23.1, 113.2, null);
        HallEntry district = new HallEntry("d1", "区中心", HallEntry.Level.DISTRICT, "city", 23.2, 113.3, null);
        HallEntry street = new HallEntry("s1", "街道", HallEntry.Level.TOWNSHIP, "d1", null, null, null);
        HallEntry village = new HallEntry("v1", "村站", HallEntry.Level.VILLAGE, "s1", 23.3, 113.4, null);
        HallEntry silent = new HallEntry("v2", "从未联系", HallEntry.Level.VILLAGE, "s1", 23.3, 113.4, null);
        CityServices.View v = CityServices.build(List.of(
                input(district, NOW.minusSeconds(5), "https://d1.example/hallq/", service("HJ", "户籍办理", 12, 30, true)),
                input(street, NOW.minusSeconds(5), null, service("HJ", "户籍", 2, 5, false), service("SB", "社保医保", 1, 3, true)),
                input(village, NOW.minusSeconds(300), "http://v1.example", service("SB", "社保医保", 0, 0, true)),
                input(silent, null, null), input(city, null, null)), NOW);

        assertEquals(List.of("HJ", "SB"), v.matters().stream().map(CityServices.Matter::id).toList());
        CityServices.Matter hj = v.matters().get(0);
        assertEquals("户籍办理", hj.name(), "the name the first hall gives it");
        assertEquals("https://d1.example/hallq/book?service=HJ", hj.halls().get(0).bookingUrl());
        assertEquals(12, hj.halls().get(0).waiting());
        assertNull(hj.halls().get(1).bookingUrl(), "the street gave no address");
        assertFalse(hj.halls().get(1).accepting());
        CityServices.Place village0 = v.matters().get(1).halls().get(1);
        assertEquals("v1", village0.hallId());
        assertFalse(village0.live(), "five minutes without a word");
        assertNull(village0.waiting(), "no stale figure is shown as if live");
        assertEquals(List.of("city", "d1"), v.from().stream().map(CityServices.From::id).toList(),
                "the city centre, then the districts: places with coordinates to measure from");
    }
}
