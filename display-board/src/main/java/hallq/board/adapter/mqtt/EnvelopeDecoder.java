package hallq.board.adapter.mqtt;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import hallq.board.core.BoardInput;
import hallq.board.core.Stamp;
import hallq.protocol.Json;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.HallStatus;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Turns an MQTT message (topic + JSON envelope) into a board input; other topics are skipped. A
 * well-formed envelope is bound in one pass; anything else is read again as a tree, which says what
 * is wrong with it.
 */
public final class EnvelopeDecoder {
    private final ObjectMapper json = Json.lenient()
            .registerModule(new SimpleModule("board-times").addDeserializer(OffsetDateTime.class,
                    new IsoOffsetDateTimeDeserializer()));
    private final Topics topics;
    private final String windowsPrefix;
    private final String queuesPrefix;
    private final JavaType snapshots = incoming(HallSnapshot.class);
    private final JavaType statuses = incoming(HallStatus.class);
    private final JavaType calls = incoming(CallEvent.class);
    private final JavaType windows = incoming(WindowView.class);
    private final JavaType queues = incoming(ServiceView.class);

    /** The parts of an envelope a board uses ({@code schema} and {@code at} are not). */
    record Incoming<T>(String epoch, Long seq, T data) {
    }

    public EnvelopeDecoder(Topics topics) {
        this.topics = topics;
        this.windowsPrefix = topics.allWindows().replace("+", "");
        this.queuesPrefix = topics.allQueues().replace("+", "");
    }

    private JavaType incoming(Class<?> data) {
        return json.getTypeFactory().constructParametricType(Incoming.class, data);
    }

    public Optional<BoardInput.Message> decode(String topic, byte[] payload) throws BadMessageException {
        if (topic.equals(topics.hall())) {
            return Optional.of(read(topic, payload, HallSnapshot.class, snapshots, BoardInput.Snapshot::new));
        }
        if (topic.equals(topics.status())) {
            return Optional.of(read(topic, payload, HallStatus.class, statuses, BoardInput.Status::new));
        }
        if (topic.equals(topics.calls())) {
            return Optional.of(read(topic, payload, CallEvent.class, calls, BoardInput.Call::new));
        }
        if (topic.startsWith(windowsPrefix)) {
            return Optional.of(read(topic, payload, WindowView.class, windows, BoardInput.WindowUpdate::new));
        }
        if (topic.startsWith(queuesPrefix)) {
            return Optional.of(read(topic, payload, ServiceView.class, queues, BoardInput.QueueUpdate::new));
        }
        return Optional.empty();
    }

    private <T> BoardInput.Message read(String topic, byte[] payload, Class<T> type, JavaType incoming,
                                        BiFunction<Stamp, T, BoardInput.Message> make)
            throws BadMessageException {
        Incoming<T> in = bind(payload, incoming);
        if (in != null) {
            return make.apply(new Stamp(topic, in.epoch() == null ? "" : in.epoch(), in.seq()), in.data());
        }
        return readTree(topic, payload, type, make);
    }

    /** The envelope in one pass, or null when anything about it is off. */
    private <T> Incoming<T> bind(byte[] payload, JavaType incoming) {
        try {
            Incoming<T> in = json.readValue(payload, incoming);
            return in != null && in.seq() != null && in.seq() >= 1 && in.data() != null ? in : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The careful reading: the same result for a good envelope, and a message saying what is wrong otherwise. */
    private <T> BoardInput.Message readTree(String topic, byte[] payload, Class<T> type,
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
