package hallq.controller.service;

import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.DeviceStatus;
import hallq.protocol.rest.DeviceView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What every device last said about itself on {@code devices/{id}/status} (retained; OFFLINE is
 * its MQTT Last Will). A device that promises heartbeats ({@code heartbeatSeconds}) and stays quiet
 * for three of them is STALE. Changes for the worse, and recoveries, become alerts.
 *
 * <p>A heartbeat is a promise in real seconds (the device's own timer), so quiet is measured on a
 * monotonic tick, not on the hall clock: a demo hall's clock runs 60 or 600 times faster, and a
 * printer beating every 30 s was STALE between two beats there. Times shown stay the hall clock's.
 */
public final class DeviceRegistry {
    static final Set<String> STATES = Set.of("ONLINE", "WARNING", "FAULT", "OFFLINE");
    private static final Duration MIN_HEARTBEAT = Duration.ofSeconds(5);
    private final Map<String, Entry> devices = new TreeMap<>();
    private final ZoneId zone;
    private final Consumer<Alert> alerts;
    private final LongSupplier ticks;

    private static final class Entry {
        String kind;
        String state;
        String detail;
        Integer window;
        boolean configured;
        Instant since;
        Instant lastSeen;
        long lastSeenTick;
        Duration heartbeat;
    }

    public DeviceRegistry(HallConfig config, Consumer<Alert> alerts) {
        this(config, alerts, System::nanoTime);
    }

    /** {@code ticks}: a monotonic count of nanoseconds, for how long a heartbeating device has been quiet. */
    public DeviceRegistry(HallConfig config, Consumer<Alert> alerts, LongSupplier ticks) {
        this.zone = ZoneId.of(config.hall().timezone());
        this.alerts = alerts;
        this.ticks = ticks;
        for (DeviceConfig d : config.devices()) {
            Entry e = new Entry();
            e.kind = d.kind();
            e.state = "UNKNOWN";
            e.window = d.window();
            e.configured = true;
            devices.put(d.id(), e);
        }
    }

    /** A status message from a device; a malformed one is refused with the reason, changing nothing. */
    public synchronized void report(String deviceId, DeviceStatus s, Instant now) {
        if (deviceId == null || !deviceId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("device id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        String state = s.status() == null ? "" : s.status().toUpperCase();
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("status must be one of " + STATES + ", got '" + s.status() + "'");
        }
        Integer beat = s.heartbeatSeconds();
        if (beat != null && (beat < 1 || beat > 3600)) {
            throw new IllegalArgumentException("heartbeatSeconds must be 1 to 3600, got " + beat);
        }
        Entry e = devices.computeIfAbsent(deviceId, k -> new Entry());
        if (s.kind() != null) {
            e.kind = s.kind().length() > 40 ? s.kind().substring(0, 40) : s.kind();
        }
        String before = e.state;
        String detail = s.detail() == null ? null : s.detail().length() > 200 ? s.detail().substring(0, 200) : s.detail();
        boolean changed = !state.equals(before) || !Objects.equals(detail, e.detail) && !"ONLINE".equals(state);
        if (!state.equals(before)) {
            e.since = now;
        }
        e.state = state;
        e.detail = detail;
        e.lastSeen = now;
        e.lastSeenTick = ticks.getAsLong();
        e.heartbeat = "ONLINE".equals(state) && beat != null ? max(Duration.ofSeconds(beat), MIN_HEARTBEAT) : null;
        if (changed && (!"ONLINE".equals(state) || (before != null && !"UNKNOWN".equals(before)))) {
            alerts.accept(alert(deviceId, e, before, now));
        }
    }

    /** Marks heartbeating devices that went quiet as STALE (called by the controller's ticker). */
    public synchronized void sweep(Instant now) {
        long tick = ticks.getAsLong();
        devices.forEach((id, e) -> {
            if ("ONLINE".equals(e.state) && e.heartbeat != null
                    && tick - e.lastSeenTick > e.heartbeat.multipliedBy(3).toNanos()) {
                String before = e.state;
                e.state = "STALE";
                e.since = now;
                e.detail = "no heartbeat since " + e.lastSeen.atZone(zone).toLocalTime().withNano(0);
                alerts.accept(alert(id, e, before, now));
            }
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** What device {@code id} last said (ONLINE, WARNING, FAULT, OFFLINE, STALE), UNKNOWN when nothing yet. */
    public synchronized String state(String id) {
        Entry e = devices.get(id);
        return e == null || e.state == null ? "UNKNOWN" : e.state;
    }

    public synchronized List<DeviceView> devices() {
        List<DeviceView> out = new ArrayList<>();
        devices.forEach((id, e) -> out.add(new DeviceView(id, e.kind, e.state, e.detail, e.window, e.configured,
                e.since == null ? null : e.since.atZone(zone).toOffsetDateTime(),
                e.lastSeen == null ? null : e.lastSeen.atZone(zone).toOffsetDateTime())));
        return out;
    }

    private Alert alert(String id, Entry e, String before, Instant now) {
        String name = (e.kind == null ? "设备" : e.kind) + " " + id;
        String message = switch (e.state) {
            case "ONLINE" -> name + " 已恢复 (was " + before + ")";
            case "OFFLINE" -> name + " 离线";
            case "STALE" -> name + " 无响应：" + e.detail;
            case "FAULT" -> name + " 故障" + (e.detail == null ? "" : "：" + e.detail);
            default -> name + " 需要处理" + (e.detail == null ? "" : "：" + e.detail);
        };
        String severity = switch (e.state) {
            case "ONLINE" -> "INFO";
            case "WARNING" -> "WARNING";
            default -> "ACTION";
        };
        return new Alert("DEVICE_" + e.state, severity, message, null, e.window, now.atZone(zone).toOffsetDateTime());
    }
}
