package hallq.controller.adapter.mqtt;

import hallq.controller.service.HallListener;
import hallq.controller.service.QueueService;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.HallStatus;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * Publishes the hall to MQTT, in two ways:
 * <ul>
 *   <li><b>at once</b>, from {@link #changed} after each stored change: calls and window states;</li>
 *   <li><b>coalesced</b>: queue topics, the whole-hall snapshot and the hall status (its small part
 *       for window boards). {@link #changed} only marks them
 *       stale; the {@code hall-publisher} timer publishes them every {@code coalesce} when stale (so a
 *       burst of a hundred new tickets is one snapshot, not a hundred), and the snapshot at least
 *       every {@code heartbeat}, so boards can tell a quiet hall from a dead link. A new ticket's
 *       queue topic therefore follows its commit within {@code coalesce} (200 ms in the controller).</li>
 * </ul>
 */
public final class HallPublisher implements HallListener, AutoCloseable {
    private final QueueService service;
    private final MqttConnection mqtt;
    private final Topics topics;
    private final AtomicBoolean queuesStale = new AtomicBoolean(true);
    private final Map<String, ServiceView> lastQueues = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hall-publisher");
        t.setDaemon(true);
        return t;
    });
    private final Duration heartbeat;
    private long lastSnapshotNanos;
    private HallStatus lastStatus;

    public HallPublisher(QueueService service, MqttConnection mqtt, Duration coalesce, Duration heartbeat) {
        this.service = service;
        this.mqtt = mqtt;
        this.topics = new Topics(service.config().hall().id());
        this.heartbeat = heartbeat;
        service.addListener(this);
        mqtt.onReconnect(this::publishAll);
        // first everything retained: a window nobody touches today must still reach its board in this epoch
        timer.execute(this::publishAll);
        timer.scheduleWithFixedDelay(this::publishCoalesced, coalesce.toMillis(), coalesce.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(List<CallEvent> calls, List<WindowView> windows) {
        for (CallEvent c : calls) {
            mqtt.publish(topics.calls(), CallEvent.SCHEMA, c, false);
        }
        for (WindowView w : windows) {
            mqtt.publish(topics.window(w.number()), WindowView.SCHEMA, w.forPublic(), true);
        }
        queuesStale.set(true);
    }

    @Override
    public void alerts(List<Alert> alerts) {
        alerts.forEach(a -> mqtt.publish(topics.alerts(), Alert.SCHEMA, a, false));
    }

    /** Everything retained: at start (a new epoch), and again after a reconnect (the broker may have lost it). */
    public void publishAll() {
        try {
            service.windows().list().forEach(w -> mqtt.publish(topics.window(w.number()), WindowView.SCHEMA,
                    w.forPublic(), true));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(HallPublisher.class).error("publishing the windows failed", e);
        }
        synchronized (lastQueues) {
            lastQueues.clear();
            lastStatus = null;
        }
        queuesStale.set(true);
        publishCoalesced();
    }

    /** Queue topics that changed, the snapshot and the status (when it changed), when stale or due as a heartbeat; on the timer. */
    private void publishCoalesced() {
        try {
            boolean due = System.nanoTime() - lastSnapshotNanos > heartbeat.toNanos();
            if (!queuesStale.getAndSet(false) && !due) {
                return;
            }
            HallSnapshot snapshot = service.hall().snapshot();
            HallSnapshot published = snapshot.forPublic();
            synchronized (lastQueues) { // the timer, and publishAll after a reconnect
                for (ServiceView q : snapshot.queues()) {
                    if (!q.equals(lastQueues.put(q.id(), q))) {
                        mqtt.publish(topics.queue(q.id()), ServiceView.SCHEMA, q, true);
                    }
                }
                mqtt.publish(topics.hall(), HallSnapshot.SCHEMA, published, true);
                HallStatus status = HallStatus.of(published);
                if (due || !status.equals(lastStatus)) { // a burst of tickets changes queues, not the status
                    mqtt.publish(topics.status(), HallStatus.SCHEMA, status, true);
                    lastStatus = status;
                }
            }
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
