package hallq.board.adapter.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import hallq.board.core.BoardInput;
import hallq.board.core.Fixtures;
import hallq.board.core.Stamp;
import hallq.protocol.Json;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.Envelope;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.HallStatus;
import hallq.protocol.mqtt.Topics;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvelopeDecoderTest {
    private static final Topics TOPICS = new Topics("yunshan-center");
    private final EnvelopeDecoder decoder = new EnvelopeDecoder(TOPICS);

    private BoardInput.Message decode(String topic, String json) throws BadMessageException {
        return decoder.decode(topic, json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    private static String envelope(String schema, Object data) throws Exception {
        return new String(Json.strict().writeValueAsBytes(new Envelope<>(schema, "e1", 7,
                OffsetDateTime.parse("2025-03-03T09:31:02.25+08:00"), data)), StandardCharsets.UTF_8);
    }

    @Test
    void snapshot_asPublished_decodesToTheSameRecords() throws Exception {
        HallSnapshot snapshot = Fixtures.demoSnapshot();
        BoardInput.Snapshot in = (BoardInput.Snapshot) decode(TOPICS.hall(), envelope(HallSnapshot.SCHEMA, snapshot));
        assertEquals(new Stamp(TOPICS.hall(), "e1", 7), in.stamp());
        assertEquals(snapshot, in.hall());
    }

    @Test
    void status_asPublished_decodesToTheSameRecord() throws Exception {
        HallStatus status = HallStatus.of(Fixtures.demoSnapshot());
        BoardInput.Status in = (BoardInput.Status) decode(TOPICS.status(), envelope(HallStatus.SCHEMA, status));
        assertEquals(new Stamp(TOPICS.status(), "e1", 7), in.stamp());
        assertEquals(status, in.hall());
    }

    @Test
    void envelopeFields_readAsBefore_seqFromTextOrNumberEpochMissingOrNull() throws Exception {
        String call = Json.strict().writeValueAsString(Fixtures.call("A024", 5, false, 10));
        assertEquals(new Stamp(TOPICS.calls(), "e2", 3),
                decode(TOPICS.calls(), "{\"seq\":\"3\",\"epoch\":\"e2\",\"data\":" + call + "}").stamp());
        assertEquals(new Stamp(TOPICS.calls(), "", 4), decode(TOPICS.calls(), "{\"seq\":4,\"data\":" + call + "}").stamp());
        assertEquals(new Stamp(TOPICS.calls(), "", 5),
                decode(TOPICS.calls(), "{\"seq\":5,\"epoch\":null,\"data\":" + call + ",\"more\":[1,{}]}").stamp());
        assertEquals(new Stamp(TOPICS.calls(), "9", 6),
                decode(TOPICS.calls(), "{\"seq\":6.0,\"epoch\":9,\"data\":" + call + "}").stamp());
        assertEquals(new Stamp(TOPICS.calls(), "", 1),
                decode(TOPICS.calls(), "{\"seq\":true,\"epoch\":{},\"data\":" + call + "}").stamp());
        assertEquals(Fixtures.call("A024", 5, false, 10),
                ((BoardInput.Call) decode(TOPICS.calls(), "{\"seq\":2,\"at\":\"not a time\",\"data\":" + call + "}")).call());
    }

    @Test
    void badMessages_sayWhatIsWrong() {
        assertTrue(message("{not json").startsWith("not JSON on " + TOPICS.calls()));
        assertEquals("not an envelope (needs seq and data) on " + TOPICS.calls(), message("{\"seq\":1}"));
        assertEquals("not an envelope (needs seq and data) on " + TOPICS.calls(), message("[1,2]"));
        assertEquals("bad seq 0 on " + TOPICS.calls(), message("{\"seq\":0,\"data\":{}}"));
        assertEquals("bad seq \"x\" on " + TOPICS.calls(), message("{\"seq\":\"x\",\"data\":{}}"));
        assertTrue(message("{\"seq\":1,\"data\":{\"window\":\"five\"}}").startsWith("bad CallEvent on " + TOPICS.calls()));
    }

    private String message(String json) {
        return assertThrows(BadMessageException.class, () -> decode(TOPICS.calls(), json)).getMessage();
    }

    @Test
    void timestamps_readExactlyAsJacksonReadsThem() throws Exception {
        ObjectMapper jackson = Json.lenient();
        ObjectMapper ours = Json.lenient().registerModule(new SimpleModule()
                .addDeserializer(OffsetDateTime.class, new IsoOffsetDateTimeDeserializer()));
        List<String> texts = List.of("2025-03-03T09:30:00+08:00", "2025-03-03T09:30:00Z", "2025-03-03T09:30:00-00:00",
                "2025-03-03T09:30:00.1+08:00", "2025-03-03T09:30:00.123456789-05:30", "2024-02-29T23:59:59+14:00",
                "2025-03-03T09:30+08:00", "2025-03-03t09:30:00z", "2025-03-03T09:30:00.+08:00",
                "2025-03-03T09:30:00.1234567891+08:00", "2025-03-03T09:30:00+08:00:30", "2025-03-03T09:30:00+0800",
                "2025-02-29T09:30:00+08:00", "2025-03-03T24:00:00+08:00", "2025-03-03T09:30:00+19:00",
                " 2025-03-03T09:30:00+08:00", "+12025-03-03T09:30:00+08:00", "2025-03-03T09:30:60+08:00",
                "2025-0３-03T09:30:00+08:00", "", "yesterday");
        for (String text : texts) {
            String json = "\"" + text + "\"";
            assertEquals(outcome(jackson, json), outcome(ours, json), text);
        }
        assertEquals(outcome(jackson, "1741000000"), outcome(ours, "1741000000"));
        assertEquals(OffsetDateTime.parse("2025-03-03T09:30:00.5+08:00"),
                IsoOffsetDateTimeDeserializer.parse("2025-03-03T09:30:00.5+08:00"));
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            OffsetDateTime t = mapper.readValue(json, OffsetDateTime.class);
            return t == null ? "null" : t.toString() + " " + t.getOffset();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    @Test
    void otherTopics_areSkipped() throws Exception {
        assertTrue(decoder.decode(TOPICS.alerts(), "{}".getBytes(StandardCharsets.UTF_8)).isEmpty());
        CallEvent call = Fixtures.call("A024", 5, false, 10);
        assertEquals(call, ((BoardInput.Call) decode(TOPICS.calls(), envelope(CallEvent.SCHEMA, call))).call());
    }
}
