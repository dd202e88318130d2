package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Predicate;

/** Reads what a device sent: an envelope ({@code {"data": ...}}) or the bare object. */
final class Payloads {
    private Payloads() {
    }

    /** The object, or null when the payload is not JSON, not an object, fails {@code check} or does not fit. */
    static <T> T read(ObjectMapper json, byte[] payload, Class<T> type, Predicate<JsonNode> check) {
        try {
            JsonNode node = json.readTree(payload);
            JsonNode body = node != null && node.has("data") ? node.get("data") : node;
            if (body == null || !body.isObject() || !check.test(body)) {
                return null;
            }
            return json.treeToValue(body, type);
        } catch (Exception e) {
            return null;
        }
    }
}
