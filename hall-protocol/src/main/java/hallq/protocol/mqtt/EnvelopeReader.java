package hallq.protocol.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import java.io.IOException;

/**
 * Reads the {@code data} of an MQTT message. HallQ publishers wrap it in an {@link Envelope}
 * ({@code {"schema":…,"data":{…}}}); a simple device may send the bare object, or an envelope
 * without {@code schema}. A {@code schema} that is given must be the one expected. Unknown fields
 * are ignored (a newer publisher may add some).
 */
public final class EnvelopeReader {
    private static final ObjectMapper JSON = Json.lenient();

    private EnvelopeReader() {
    }

    /** The payload's data as a {@code type}, read from an envelope of {@code schema} or the bare object. */
    public static <T> T read(byte[] payload, String schema, Class<T> type) throws MalformedMessageException {
        JsonNode data = data(payload, schema);
        try {
            return JSON.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedMessageException("not a " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The payload's data object, from an envelope of {@code schema} or the bare object. */
    public static JsonNode data(byte[] payload, String schema) throws MalformedMessageException {
        JsonNode root = parse(payload);
        if (!root.isObject()) {
            throw new MalformedMessageException("expected a JSON object, got " + kind(root));
        }
        if (!root.has("data")) {
            return root;
        }
        JsonNode given = root.get("schema");
        if (given != null && !given.isNull() && !(given.isTextual() && given.textValue().equals(schema))) {
            throw new MalformedMessageException("schema " + clip(given.toString()) + ", expected \"" + schema + "\"");
        }
        JsonNode data = root.get("data");
        if (!data.isObject()) {
            throw new MalformedMessageException("envelope data must be a JSON object, got " + kind(data));
        }
        return data;
    }

    private static JsonNode parse(byte[] payload) throws MalformedMessageException {
        JsonNode root;
        try {
            root = payload == null ? null : JSON.readTree(payload);
        } catch (IOException e) {
            throw new MalformedMessageException("not JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedMessageException("empty payload");
        }
        return root;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase();
    }

    private static String firstLine(String text) {
        return text == null ? "" : clip(text.lines().findFirst().orElse(""));
    }

    /** What a device sent, quoted in an error message: at most 100 characters of it. */
    private static String clip(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
