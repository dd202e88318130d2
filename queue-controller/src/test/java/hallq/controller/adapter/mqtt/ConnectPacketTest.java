package hallq.controller.adapter.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConnectPacketTest {

    @Test
    void parse_connectWithWillAndLogin_readsClientIdWillTopicAndUser() {
        byte[] body = body("MQTT", 4, 0x80 | 0x40 | 0x20 | 0x0C | 0x02, "caller-5", "hallq/v1/h/calls", "bye", "caller-5", "pw");
        ConnectPacket p = ConnectPacket.parse(body);
        assertEquals(4, p.level());
        assertEquals("caller-5", p.clientId());
        assertEquals("hallq/v1/h/calls", p.willTopic());
        assertEquals("caller-5", p.username());
    }

    @Test
    void parse_connectWithoutWillOrLogin_hasNeither() {
        ConnectPacket p = ConnectPacket.parse(body("MQIsdp", 3, 0x02, "anon", null, null, null, null));
        assertEquals(3, p.level());
        assertNull(p.willTopic());
        assertNull(p.username());
    }

    @Test
    void parse_malformed_isRefusedWithAReason() {
        byte[] good = body("MQTT", 4, 0x80 | 0x40 | 0x04, "c", "t", "m", "u", "p");
        for (int cut = 0; cut < good.length - 6; cut++) { // every truncation before the password
            byte[] shorter = Arrays.copyOf(good, cut);
            assertThrows(IllegalArgumentException.class, () -> ConnectPacket.parse(shorter), "cut at " + cut);
        }
        assertThrows(IllegalArgumentException.class, () -> ConnectPacket.parse(body("HTTP", 4, 0x02, "c", null, null, null, null)));
        assertThrows(IllegalArgumentException.class, () -> ConnectPacket.parse(body("MQTT", 4, 0x03, "c", null, null, null, null)));
        byte[] badUtf8 = body("MQTT", 4, 0x02, "c", null, null, null, null);
        badUtf8[badUtf8.length - 1] = (byte) 0xFF;
        assertThrows(IllegalArgumentException.class, () -> ConnectPacket.parse(badUtf8));
    }

    @Test
    void parse_mqtt5_isReportedByItsLevelOnly() {
        assertEquals(5, ConnectPacket.parse(body("MQTT", 5, 0x02, "c", null, null, null, null)).level());
    }

    private static byte[] body(String protocol, int level, int flags, String clientId, String willTopic, String willMessage,
                               String user, String password) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        string(b, protocol);
        b.write(level);
        b.write(flags);
        b.write(0);
        b.write(60);
        string(b, clientId);
        if (willTopic != null) {
            string(b, willTopic);
            string(b, willMessage);
        }
        if (user != null) {
            string(b, user);
        }
        if (password != null) {
            string(b, password);
        }
        return b.toByteArray();
    }

    private static void string(ByteArrayOutputStream b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.write(bytes.length >> 8);
        b.write(bytes.length & 0xFF);
        b.writeBytes(bytes);
    }
}
