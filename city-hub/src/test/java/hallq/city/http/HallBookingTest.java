package hallq.city.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import hallq.city.core.HallEntry;
import hallq.city.store.OverviewStore.BookingTarget;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HallBookingTest {
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final HallEntry STREET = new HallEntry("street-baiyun", "白云街道便民服务中心", HallEntry.Level.TOWNSHIP,
            "yunshan-center", null, null, null);

    @Test
    void aHallHeardWithinTheMinute_canBeBooked_laterOrWithoutAnAddressNot() {
        LocalDate day = LocalDate.parse("2026-12-04");
        assertNull(HallBooking.why(new BookingTarget(STREET, NOW.minusSeconds(60), "https://a.example", day), NOW));
        assertEquals("HALL_OFFLINE", HallBooking.why(new BookingTarget(STREET, NOW.minusSeconds(61), "https://a.example",
                day), NOW), "not heard for a minute: as the overview marks it stale");
        assertEquals("HALL_OFFLINE", HallBooking.why(new BookingTarget(STREET, null, "https://a.example", day), NOW));
        assertEquals("NO_PAGE", HallBooking.why(new BookingTarget(STREET, NOW, null, null), NOW));
    }
}
