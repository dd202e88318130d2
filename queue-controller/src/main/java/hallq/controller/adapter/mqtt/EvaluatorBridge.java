package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.service.HallListener;
import hallq.controller.service.QueueService;
import hallq.controller.service.Rejection;
import hallq.controller.service.StorageFailure;
import hallq.protocol.Json;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.EvaluatorPrompt;
import hallq.protocol.mqtt.RatingMessage;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.RatingView;
import hallq.protocol.rest.WindowView;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window evaluators (评价器) over MQTT: prompts one when its window completes a citizen, takes
 * ratings from {@code evaluators/{n}/rating} and answers on {@code evaluators/{n}/result}. Bad input
 * is answered, never thrown.
 */
public final class EvaluatorBridge implements HallListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluatorBridge.class);
    private final QueueService service;
    private final MqttConnection mqtt;
    private final Topics topics;
    private final ObjectMapper json = Json.lenient();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evaluator-ratings");
        t.setDaemon(true);
        return t;
    });

    public EvaluatorBridge(QueueService service, MqttConnection mqtt) {
        this.service = service;
        this.mqtt = mqtt;
        this.topics = new Topics(service.config().hall().id());
        service.addListener(this);
        mqtt.subscribe(topics.allEvaluatorRatings(), (topic, payload) -> worker.execute(() -> handleSafely(topic,
                payload)));
    }

    @Override
    public void changed(List<CallEvent> calls, List<WindowView> windows) {
    }

    @Override
    public void served(List<EvaluatorPrompt> prompts) {
        prompts.forEach(p -> mqtt.publish(topics.evaluatorPrompt(p.window()), EvaluatorPrompt.SCHEMA, p, false));
    }

    private void handleSafely(String topic, byte[] payload) {
        try {
            handle(topic, payload);
        } catch (RuntimeException e) {
            LOG.error("rating on {} failed", topic, e);
        }
    }

    void handle(String topic, byte[] payload) {
        int window = Topics.windowOf(topic);
        if (window <= 0) {
            LOG.warn("rating on {} dropped: the topic names no window", topic);
            return;
        }
        RatingMessage m = Payloads.read(json, payload, RatingMessage.SCHEMA, RatingMessage.class, b -> b.path("score").isInt());
        RatingMessage.Result result;
        if (m == null) {
            result = new RatingMessage.Result(null, false, "not a rating: expected JSON with 'score' 1-5");
        } else {
            try {
                RatingView r = service.ratings().rateAtWindow(window, m.ticket(), m.score(), m.comment());
                result = new RatingMessage.Result(r.ticket(), true, "谢谢您的评价 Thank you");
            } catch (Rejection | StorageFailure e) {
                result = new RatingMessage.Result(m.ticket(), false, e.getMessage());
            }
        }
        mqtt.publish(topics.evaluatorResult(window), RatingMessage.Result.SCHEMA, result, false);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
