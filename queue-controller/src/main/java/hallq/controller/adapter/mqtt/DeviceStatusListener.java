package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.service.DeviceRegistry;
import hallq.protocol.Json;
import hallq.protocol.mqtt.DeviceStatus;
import hallq.protocol.mqtt.Topics;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feeds {@code devices/{id}/status} messages to the registry; a malformed one is logged and dropped. */
public final class DeviceStatusListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceStatusListener.class);
    private final ObjectMapper json = Json.lenient();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "device-status");
        t.setDaemon(true);
        return t;
    });

    public DeviceStatusListener(DeviceRegistry registry, MqttConnection mqtt, Topics topics, InstantSource clock) {
        mqtt.subscribe(topics.allDeviceStatus(), (topic, payload) -> worker.execute(() -> {
            String[] parts = topic.split("/");
            String id = parts.length >= 2 ? parts[parts.length - 2] : "";
            DeviceStatus s = Payloads.read(json, payload, DeviceStatus.SCHEMA, DeviceStatus.class, b -> b.path("status").isTextual());
            try {
                if (s == null) {
                    throw new IllegalArgumentException("expected JSON with a 'status'");
                }
                registry.report(id, s, clock.instant());
            } catch (IllegalArgumentException e) {
                LOG.warn("device status on {} refused: {}", topic, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("device status on {} failed", topic, e);
            }
        }));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
