package hallq.sim.mqtt;

import hallq.protocol.mqtt.EnvelopeReader;
import hallq.protocol.mqtt.EvaluatorPrompt;
import hallq.protocol.mqtt.MalformedMessageException;
import hallq.protocol.mqtt.MqttDevice;
import hallq.protocol.mqtt.RatingMessage;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An evaluator (评价器) of one window on MQTT: hands prompts from {@code evaluators/{n}/prompt} to
 * {@code onPrompt}, publishes ratings on {@code evaluators/{n}/rating} and completes each rating's
 * future with the controller's answer from {@code evaluators/{n}/result} (matched by ticket).
 */
public final class MqttEvaluator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MqttEvaluator.class);

    private final MqttDevice device;
    private final int window;
    private final InstantSource clock;
    private final ZoneId zone;
    private final Map<String, CompletableFuture<RatingMessage.Result>> pending = new ConcurrentHashMap<>();

    public MqttEvaluator(MqttDevice device, int window, InstantSource clock, ZoneId zone,
                         Consumer<EvaluatorPrompt> onPrompt) {
        this.device = device;
        this.window = window;
        this.clock = clock;
        this.zone = zone;
        device.subscribe(device.topics().evaluatorPrompt(window), (topic, payload) -> {
            EvaluatorPrompt prompt;
            try {
                prompt = EnvelopeReader.read(payload, EvaluatorPrompt.SCHEMA, EvaluatorPrompt.class);
            } catch (MalformedMessageException e) {
                log.warn("{}: unreadable prompt: {}", device.deviceId(), e.getMessage());
                return;
            }
            onPrompt.accept(prompt);
        });
        device.subscribe(device.topics().evaluatorResult(window), (topic, payload) -> answered(payload));
    }

    private void answered(byte[] payload) {
        RatingMessage.Result result;
        try {
            result = EnvelopeReader.read(payload, RatingMessage.Result.SCHEMA, RatingMessage.Result.class);
        } catch (MalformedMessageException e) {
            log.warn("{}: unreadable rating result: {}", device.deviceId(), e.getMessage());
            return;
        }
        CompletableFuture<RatingMessage.Result> answer = result.ticket() == null ? null : pending.remove(result.ticket());
        if (answer != null) {
            answer.complete(result);
        }
    }

    /**
     * Sends a rating 1..5 for {@code ticket}; the future completes with the controller's answer, or
     * exceptionally at once when it could not be sent.
     */
    public CompletableFuture<RatingMessage.Result> rate(String ticket, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5, was " + score);
        }
        CompletableFuture<RatingMessage.Result> answer = new CompletableFuture<>();
        pending.put(ticket, answer);
        boolean sent = device.publish(device.topics().evaluatorRating(window), RatingMessage.SCHEMA,
                new RatingMessage(ticket, score, null), clock.instant().atZone(zone).toOffsetDateTime());
        if (!sent) {
            pending.remove(ticket, answer);
            answer.completeExceptionally(new IllegalStateException(device.deviceId() + ": not connected to the broker"));
        }
        return answer;
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
