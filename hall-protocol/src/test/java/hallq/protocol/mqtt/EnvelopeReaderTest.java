package hallq.protocol.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeReaderTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String refusal(String payload) {
        return assertThrows(MalformedMessageException.class,
                () -> EnvelopeReader.read(utf8(payload), RatingMessage.SCHEMA, RatingMessage.class)).getMessage();
    }

    @Test
    void read_envelope_givesItsData() throws Exception {
        RatingMessage m = EnvelopeReader.read(utf8("{\"schema\":\"hallq.rating/1\",\"epoch\":\"e1\",\"seq\":3,"
                + "\"at\":\"2026-11-23T10:15:02+08:00\",\"data\":{\"ticket\":\"G001\",\"score\":5,\"comment\":\"好\"}}"),
                RatingMessage.SCHEMA, RatingMessage.class);
        assertEquals(new RatingMessage("G001", 5, "好"), m);
    }

    @Test
    void read_envelopeWithoutSchema_orBareObject_givesTheData() throws Exception {
        assertEquals(new RatingMessage("G001", 2, null), EnvelopeReader.read(
                utf8("{\"data\":{\"ticket\":\"G001\",\"score\":2}}"), RatingMessage.SCHEMA, RatingMessage.class));
        assertEquals(new RatingMessage("G001", 2, null), EnvelopeReader.read(
                utf8("{\"ticket\":\"G001\",\"score\":2}"), RatingMessage.SCHEMA, RatingMessage.class));
    }

    @Test
    void read_unknownFields_areIgnored() throws Exception {
        assertEquals(new CallerCommand("NEXT", null, "kp5-1"), EnvelopeReader.read(
                utf8("{\"schema\":\"hallq.caller-cmd/1\",\"extra\":1,\"data\":{\"cmd\":\"NEXT\",\"requestId\":\"kp5-1\","
                        + "\"newer\":true}}"), CallerCommand.SCHEMA, CallerCommand.class));
    }

    @Test
    void data_givesTheObjectForChecksBeforeMapping() throws Exception {
        assertTrue(EnvelopeReader.data(utf8("{\"schema\":\"hallq.rating/1\",\"data\":{\"score\":\"five\"}}"),
                RatingMessage.SCHEMA).path("score").isTextual());
    }

    @Test
    void read_otherSchema_isRefusedNamingBoth() {
        assertEquals("schema \"hallq.caller-cmd/1\", expected \"hallq.rating/1\"",
                refusal("{\"schema\":\"hallq.caller-cmd/1\",\"data\":{\"score\":5}}"));
        assertEquals("schema \"hallq.rating/2\", expected \"hallq.rating/1\"",
                refusal("{\"schema\":\"hallq.rating/2\",\"data\":{\"score\":5}}"));
        assertEquals("schema 1, expected \"hallq.rating/1\"", refusal("{\"schema\":1,\"data\":{\"score\":5}}"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                                 | empty payload",
            "`   `                              | empty payload",
            "garbage{                           | not JSON: ",
            "{\"score\":5                       | not JSON: ",
            "[1,2]                              | expected a JSON object, got array",
            "5                                  | expected a JSON object, got number",
            "\"text\"                           | expected a JSON object, got string",
            "null                               | expected a JSON object, got null",
            "{\"data\":null}                    | envelope data must be a JSON object, got null",
            "{\"data\":[{\"score\":5}]}         | envelope data must be a JSON object, got array",
            "{\"data\":\"{\\\"score\\\":5}\"}   | envelope data must be a JSON object, got string",
            "{\"score\":\"five\"}               | not a RatingMessage: ",
            "{\"data\":{\"score\":{\"x\":1}}}   | not a RatingMessage: ",
    })
    void read_malformed_isRefusedSayingWhy(String payload, String reason) {
        String message = refusal(payload);
        assertTrue(message.startsWith(reason), message);
    }

    @Test
    void read_noBytes_isRefused() {
        assertEquals("empty payload", assertThrows(MalformedMessageException.class,
                () -> EnvelopeReader.read(new byte[0], RatingMessage.SCHEMA, RatingMessage.class)).getMessage());
        assertEquals("not JSON: ", assertThrows(MalformedMessageException.class,
                () -> EnvelopeReader.read(new byte[] {(byte) 0xff, 0x00, 0x7b}, RatingMessage.SCHEMA,
                        RatingMessage.class)).getMessage().substring(0, 10));
    }

    @Test
    void refusal_quotesAtMostAHundredCharactersOfWhatWasSent() {
        String message = refusal("{\"schema\":\"" + "x".repeat(5000) + "\",\"data\":{}}");
        assertTrue(message.length() < 160, message);
    }
}
