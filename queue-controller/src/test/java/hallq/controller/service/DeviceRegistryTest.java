package hallq.controller.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.DeviceStatus;
import hallq.protocol.rest.DeviceView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceRegistryTest {
    private final List<Alert> alerts = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-23T01:30:00Z");
    /** Real time, as the device's timer runs; the hall clock below ({@code now}) may run otherwise. */
    private long realSeconds;
    private final DeviceRegistry registry = new DeviceRegistry(TestHall.demoConfig(), alerts::add,
            () -> realSeconds * 1_000_000_000L);

    private DeviceView view(String id) {
        return registry.devices().stream().filter(d -> d.device().equals(id)).findFirst().orElseThrow();
    }

    private void report(String id, String status, String detail) {
        registry.report(id, new DeviceStatus(id, "printer", status, detail), now);
    }

    private void beat(String id, int seconds) {
        registry.report(id, new DeviceStatus(id, "board", "ONLINE", null, seconds), now);
    }

    @Test
    void faultsAndRecoveriesBecomeAlerts_aFirstOnlineDoesNot() {
        report("kiosk-1-printer", "ONLINE", null);
        assertEquals("ONLINE", view("kiosk-1-printer").state());
        assertEquals(List.of(), alerts);
        now = now.plusSeconds(60);
        report("kiosk-1-printer", "WARNING", "paper near end");
        report("kiosk-1-printer", "FAULT", "paper out");
        report("kiosk-1-printer", "FAULT", "paper out");
        report("kiosk-1-printer", "ONLINE", null);
        assertEquals(List.of("DEVICE_WARNING", "DEVICE_FAULT", "DEVICE_ONLINE"), alerts.stream().map(Alert::kind).toList());
        assertEquals("printer kiosk-1-printer 故障：paper out", alerts.get(1).message());
        assertEquals("ACTION", alerts.get(1).severity());
        assertEquals(now.atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), view("kiosk-1-printer").since());
    }

    private void seconds(long s) {
        now = now.plusSeconds(s);
        realSeconds += s;
    }

    @Test
    void aHeartbeatingDeviceThatGoesQuietIsStale_aQuietOneIsNot() {
        beat("board-5", 30);
        report("quiet-board", "ONLINE", null);
        seconds(30);
        beat("board-5", 30);
        seconds(89);
        registry.sweep(now);
        assertEquals("ONLINE", view("board-5").state(), "within three heartbeats");
        seconds(2);
        registry.sweep(now);
        assertEquals("STALE", view("board-5").state());
        assertEquals("ONLINE", view("quiet-board").state(), "no heartbeat was ever promised");
        assertEquals(List.of("DEVICE_STALE"), alerts.stream().map(Alert::kind).toList());
        registry.sweep(now.plusSeconds(600));
        assertEquals(1, alerts.size(), "alerted once");
    }

    @Test
    void quietIsMeasuredInRealTime_notOnAFasterHallClock() {
        beat("board-5", 30);
        now = now.plusSeconds(600); // a demo hall at 600×: ten hall minutes in one real second
        realSeconds += 1;
        registry.sweep(now);
        assertEquals("ONLINE", view("board-5").state(), "one real second after its beat");
        realSeconds += 90;
        registry.sweep(now.plusSeconds(54_000));
        assertEquals("STALE", view("board-5").state(), "three beats missed, in real time");
        assertEquals("no heartbeat since 09:30", view("board-5").detail(), "the times said are the hall clock's");
    }

    @Test
    void malformedStatusIsRefusedAndChangesNothing() {
        assertEquals(List.of(), registry.devices().stream().filter(d -> !d.configured()).toList());
        assertThrows(IllegalArgumentException.class, () -> report("p1", "BROKEN", null));
        assertThrows(IllegalArgumentException.class, () -> report("p1", null, null));
        assertThrows(IllegalArgumentException.class, () -> report("bad/id", "ONLINE", null));
        assertThrows(IllegalArgumentException.class, () -> report("x".repeat(65), "ONLINE", null));
        assertThrows(IllegalArgumentException.class, () -> beat("p1", 0));
        assertEquals(List.of(), registry.devices().stream().filter(d -> !d.configured()).toList());
        assertEquals(List.of(), alerts);
    }
}
