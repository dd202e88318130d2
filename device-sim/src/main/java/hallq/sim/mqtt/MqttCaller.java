package hallq.sim.mqtt;

import hallq.protocol.mqtt.CallerCommand;
import hallq.protocol.mqtt.EnvelopeReader;
import hallq.protocol.mqtt.MalformedMessageException;
import hallq.protocol.mqtt.MqttDevice;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A caller (呼叫器) of one window on MQTT: sends {@link CallerCommand}s on {@code callers/{n}/cmd}
 * with a fresh {@code requestId} each, and completes each command's future with the controller's
 * answer from {@code callers/{n}/result}. A command that could not be sent completes exceptionally
 * at once; one whose answer never comes stays open (give it a timeout).
 */
public final class MqttCaller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MqttCaller.class);

    private final MqttDevice device;
    private final int window;
    private final InstantSource clock;
    private final ZoneId zone;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, CompletableFuture<CallerCommand.Result>> pending = new ConcurrentHashMap<>();

    public MqttCaller(MqttDevice device, int window, InstantSource clock, ZoneId zone) {
        this.device = device;
        this.window = window;
        this.clock = clock;
        this.zone = zone;
        device.subscribe(device.topics().callerResult(window), (topic, payload) -> answered(payload));
    }

    /** Sends {@code cmd} (NEXT, RECALL, CALL, START, COMPLETE, NO_SHOW, PAUSE, RESUME); {@code ticket} for CALL. */
    public CompletableFuture<CallerCommand.Result> send(String cmd, String ticket) {
        String requestId = device.deviceId() + "-" + prefix + "-" + counter.incrementAndGet();
        CompletableFuture<CallerCommand.Result> answer = new CompletableFuture<>();
        pending.put(requestId, answer);
        answer.whenComplete((r, e) -> pending.remove(requestId));
        boolean sent = device.publish(device.topics().callerCommand(window), CallerCommand.SCHEMA,
                new CallerCommand(cmd, ticket, requestId), clock.instant().atZone(zone).toOffsetDateTime());
        if (!sent) {
            answer.completeExceptionally(new IllegalStateException(device.deviceId() + ": not connected to the broker"));
        }
        return answer;
    }

    private void answered(byte[] payload) {
        CallerCommand.Result result;
        try {
            result = EnvelopeReader.read(payload, CallerCommand.Result.SCHEMA, CallerCommand.Result.class);
        } catch (MalformedMessageException e) {
            log.warn("{}: unreadable caller result: {}", device.deviceId(), e.getMessage());
            return;
        }
        CompletableFuture<CallerCommand.Result> answer = result.requestId() == null ? null : pending.get(result.requestId());
        if (answer != null) {
            answer.complete(result);
        }
    }

    public int window() {
        return window;
    }

    public MqttDevice device() {
        return device;
    }

    @Override
    public void close() {
        pending.values().forEach(f -> f.cancel(false));
        device.close();
    }
}
