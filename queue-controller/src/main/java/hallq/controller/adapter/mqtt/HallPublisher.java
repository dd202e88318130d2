package hallq.controller.adapter.mqtt;

import hallq.controller.service.HallListener;
import hallq.controller.service.QueueService;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * Publishes the hall to MQTT: calls and window states at once, after each stored change; queue
 * states and the whole-hall snapshot at most every {@code coalesceMs} when something changed, and
 * the snapshot at least every {@code heartbeatMs} so boards can tell a quiet hall from a dead link.
 */
public final class HallPublisher implements HallListener, AutoCloseable {
    private final QueueService service;
    private final MqttConnection mqtt;
    private final Topics topics;
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final Map<String, ServiceView> lastQueues = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-publisher");
        t.setDaemon(true);
        return t;
    });
    private final long heartbeatMs;
    private long lastSnapshotNanos;

    public HallPublisher(QueueService service, MqttConnection mqtt, long coalesceMs, long heartbeatMs) {
        this.service = service;
        this.mqtt = mqtt;
        this.topics = new Topics(service.config().hall().id());
        this.heartbeatMs = heartbeatMs;
        service.addListener(this);
        mqtt.onReconnect(this::publishAll);
        timer.scheduleWithFixedDelay(this::publishQueued, 0, coalesceMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(List<CallEvent> calls, List<WindowView> windows) {
        for (CallEvent c : calls) {
            mqtt.publish(topics.calls(), CallEvent.SCHEMA, c, false);
        }
        for (WindowView w : windows) {
            mqtt.publish(topics.window(w.number()), WindowView.SCHEMA, w.forPublic(), true);
        }
        dirty.set(true);
    }

    @Override
    public void alerts(List<Alert> alerts) {
        alerts.forEach(a -> mqtt.publish(topics.alerts(), Alert.SCHEMA, a, false));
    }

    /** Everything retained, again: after a reconnect the broker may have lost it. */
    public void publishAll() {
        service.windows().forEach(w -> mqtt.publish(topics.window(w.number()), WindowView.SCHEMA, w.forPublic(), true));
        synchronized (lastQueues) {
            lastQueues.clear();
        }
        dirty.set(true);
        publishQueued();
    }

    private void publishQueued() {
        try {
            boolean heartbeat = System.nanoTime() - lastSnapshotNanos > heartbeatMs * 1_000_000L;
            if (!dirty.getAndSet(false) && !heartbeat) {
                return;
            }
            HallSnapshot snapshot = service.snapshot();
            synchronized (lastQueues) {
                for (ServiceView q : snapshot.queues()) {
                    if (!q.equals(lastQueues.put(q.id(), q))) {
                        mqtt.publish(topics.queue(q.id()), ServiceView.SCHEMA, q, true);
                    }
                }
            }
            mqtt.publish(topics.hall(), HallSnapshot.SCHEMA, snapshot.forPublic(), true);
            lastSnapshotNanos = System.nanoTime();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(HallPublisher.class).error("publishing the hall state failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
