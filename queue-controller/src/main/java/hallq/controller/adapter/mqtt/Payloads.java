package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.mqtt.EnvelopeReader;
import java.util.function.Predicate;

/** Reads what a device sent: an envelope of the expected schema, or the bare object ({@link EnvelopeReader}). */
final class Payloads {
    private Payloads() {
    }

    /** The object, or null when the payload is no message of {@code schema}, fails {@code check} or does not fit. */
    static <T> T read(ObjectMapper json, byte[] payload, String schema, Class<T> type, Predicate<JsonNode> check) {
        try {
            JsonNode body = EnvelopeReader.data(payload, schema);
            return check.test(body) ? json.treeToValue(body, type) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
