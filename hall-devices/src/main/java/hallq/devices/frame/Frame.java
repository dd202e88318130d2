package hallq.devices.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One HallQ serial frame: the device address, a command byte and a payload (see
 * {@link FrameCodec} for the bytes on the wire). The payload array is copied in and out.
 */
public record Frame(int address, int command, byte[] payload) {

    public static final int MAX_PAYLOAD = 1024;

    public Frame {
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("frame address " + address + " outside 0..255");
        }
        if (command < 0 || command > 0xFF) {
            throw new IllegalArgumentException("frame command " + command + " outside 0..255");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("frame payload " + payload.length + " bytes exceeds " + MAX_PAYLOAD);
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public int payloadLength() {
        return payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.address == address && f.command == command
                && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * address + command) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return String.format("Frame[addr=%d cmd=0x%02X payload=%s]", address, command,
                HexFormat.of().formatHex(payload));
    }
}
