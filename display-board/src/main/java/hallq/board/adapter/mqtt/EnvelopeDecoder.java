package hallq.board.adapter.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.board.core.BoardInput;
import hallq.board.core.Stamp;
import hallq.protocol.Json;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;

/** Turns an MQTT message (topic + JSON envelope) into a board input; other topics are skipped. */
public final class EnvelopeDecoder {
    private final ObjectMapper json = Json.lenient();
    private final Topics topics;
    private final String windowsPrefix;
    private final String queuesPrefix;

    public EnvelopeDecoder(Topics topics) {
        this.topics = topics;
        this.windowsPrefix = topics.allWindows().replace("+", "");
        this.queuesPrefix = topics.allQueues().replace("+", "");
    }

    public Optional<BoardInput.Message> decode(String topic, byte[] payload) throws BadMessageException {
        if (topic.equals(topics.hall())) {
            return Optional.of(read(topic, payload, HallSnapshot.class, BoardInput.Snapshot::new));
        }
        if (topic.equals(topics.calls())) {
            return Optional.of(read(topic, payload, CallEvent.class, BoardInput.Call::new));
        }
        if (topic.startsWith(windowsPrefix)) {
            return Optional.of(read(topic, payload, WindowView.class, BoardInput.WindowUpdate::new));
        }
        if (topic.startsWith(queuesPrefix)) {
            return Optional.of(read(topic, payload, ServiceView.class, BoardInput.QueueUpdate::new));
        }
        return Optional.empty();
    }

    private <T> BoardInput.Message read(String topic, byte[] payload, Class<T> type,
                                        BiFunction<Stamp, T, BoardInput.Message> make)
            throws BadMessageException {
        JsonNode root;
        try {
            root = json.readTree(payload);
        } catch (IOException e) {
            throw new BadMessageException("not JSON on " + topic + ": " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("seq") || !root.hasNonNull("data")) {
            throw new BadMessageException("not an envelope (needs seq and data) on " + topic);
        }
        long seq = root.get("seq").asLong(-1);
        if (seq < 1) {
            throw new BadMessageException("bad seq " + root.get("seq") + " on " + topic);
        }
        try {
            T data = json.treeToValue(root.get("data"), type);
            return make.apply(new Stamp(topic, root.path("epoch").asText(""), seq), data);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadMessageException("bad " + type.getSimpleName() + " on " + topic + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
