package hallq.devices.frame;

/**
 * Encodes the HallQ serial frame shared by LED boards, caller keypads, evaluators and ID card
 * readers (docs/devices.md). Length-framed, no byte stuffing:
 *
 * <pre>
 * offset  size  field
 * 0       1     SOF 0xA5
 * 1       1     address (window / board / reader number; 0xFF = broadcast)
 * 2       1     command
 * 3       2     payload length N, big-endian, 0..1024
 * 5       N     payload
 * 5+N     2     CRC-16/MODBUS over bytes 1..4+N, low byte first
 * 7+N     1     EOF 0x5A
 * </pre>
 */
public final class FrameCodec {

    public static final int SOF = 0xA5;
    public static final int EOF = 0x5A;
    public static final int HEADER = 5;
    public static final int OVERHEAD = 8;
    public static final int BROADCAST = 0xFF;

    private FrameCodec() {
    }

    public static byte[] encode(Frame frame) {
        int n = frame.payloadLength();
        byte[] out = new byte[OVERHEAD + n];
        out[0] = (byte) SOF;
        out[1] = (byte) frame.address();
        out[2] = (byte) frame.command();
        out[3] = (byte) (n >>> 8);
        out[4] = (byte) n;
        System.arraycopy(frame.payload(), 0, out, HEADER, n);
        int crc = Crc16.modbus(out, 1, HEADER - 1 + n);
        out[HEADER + n] = (byte) crc;
        out[HEADER + n + 1] = (byte) (crc >>> 8);
        out[HEADER + n + 2] = (byte) EOF;
        return out;
    }

    public static byte[] encode(int address, int command, byte[] payload) {
        return encode(new Frame(address, command, payload));
    }
}
