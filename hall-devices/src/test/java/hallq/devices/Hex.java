package hallq.devices;

import java.util.HexFormat;

/** Golden bytes written as "A5 05 20" in tests. */
public final class Hex {

    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    public static byte[] bytes(String spaced) {
        return SPACED.parseHex(spaced.trim().replaceAll("\\s+", " "));
    }

    public static String of(byte[] bytes) {
        return SPACED.formatHex(bytes);
    }
}
