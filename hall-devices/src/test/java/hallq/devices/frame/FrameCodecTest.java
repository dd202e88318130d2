package hallq.devices.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hallq.devices.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    void crc16Modbus_standardCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertEquals(0x4B37, Crc16.modbus(check, 0, check.length));
    }

    @Test
    void encode_emptyPayload_givesExactBytes() {
        assertEquals("A5 01 41 00 00 51 CC 5A", Hex.of(FrameCodec.encode(1, 0x41, new byte[0])));
    }

    @Test
    void encode_payload_givesExactBytes() {
        assertEquals("A5 05 20 00 01 01 23 90 5A", Hex.of(FrameCodec.encode(5, 0x20, new byte[] {1})));
    }

    @Test
    void frame_oversizePayload_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Frame(1, 1, new byte[Frame.MAX_PAYLOAD + 1]));
    }
}
