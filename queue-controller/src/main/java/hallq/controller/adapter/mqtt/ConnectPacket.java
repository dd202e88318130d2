package hallq.controller.adapter.mqtt;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the gate needs from an MQTT 3.1/3.1.1 CONNECT packet (after its fixed header): protocol
 * level, client id, Last Will topic (null without a will) and username (null without one).
 * {@link #parse} refuses anything malformed with an {@link IllegalArgumentException}.
 */
record ConnectPacket(int level, String clientId, String willTopic, String username) {
    private static final int WILL_FLAG = 0x04;
    private static final int USERNAME_FLAG = 0x80;

    static ConnectPacket parse(byte[] body) {
        ByteBuffer b = ByteBuffer.wrap(body);
        try {
            String protocol = string(b);
            if (!protocol.equals("MQTT") && !protocol.equals("MQIsdp")) {
                throw new IllegalArgumentException("not MQTT: protocol '" + protocol + "'");
            }
            int level = b.get() & 0xFF;
            int flags = b.get() & 0xFF;
            b.getShort(); // keep alive
            if (level != 3 && level != 4) {
                return new ConnectPacket(level, null, null, null);
            }
            if ((flags & 0x01) != 0) {
                throw new IllegalArgumentException("reserved connect flag set");
            }
            String clientId = string(b);
            String willTopic = null;
            if ((flags & WILL_FLAG) != 0) {
                willTopic = string(b);
                int len = b.getShort() & 0xFFFF; // will message
                b.position(b.position() + len);
            }
            String username = (flags & USERNAME_FLAG) != 0 ? string(b) : null;
            return new ConnectPacket(level, clientId, willTopic, username);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed CONNECT: " + e.getMessage(), e);
        }
    }

    private static String string(ByteBuffer b) {
        int len = b.getShort() & 0xFFFF;
        if (len > b.remaining()) {
            throw new IllegalArgumentException("string of " + len + " bytes, " + b.remaining() + " left");
        }
        ByteBuffer slice = b.slice().limit(len);
        b.position(b.position() + len);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a string is not UTF-8");
        }
    }
}
