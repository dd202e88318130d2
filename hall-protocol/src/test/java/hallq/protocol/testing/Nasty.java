package hallq.protocol.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Input that people, devices and networks get wrong, reproducible from a seed: odd Unicode, huge
 * and empty strings, numbers out of every range, dates that do not exist, JSON of the wrong shape
 * and bytes that are not JSON (or not UTF-8) at all.
 */
public final class Nasty {
    /** Base seed of the fuzz tests; {@code -Dfuzz.seed=N} explores others, {@code -Dfuzz.tries=N} scales them. */
    public static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD = {"\u202E", "\u200B", "\u0000", "\uD83D\uDE00", "区", "e\u0301", "'", "\"",
        "\\", "\uFFFF", "\uFEFF", "\t", "%", "{{", "${jndi:x}", "　", "ﬁ", "İ", "٣", "../", "<script>", "' OR 1=1 --",
        "\r\n", "\u2028", "A001", "\uD800"};

    private Nasty() {
    }

    public static LongStream seeds(int count, long salt) {
        return LongStream.range(0, Integer.getInteger("fuzz.tries", count)).map(i -> SEED * salt + i);
    }

    /** A short string of awkward characters (may hold a lone surrogate, NUL, bidi controls). */
    public static String odd(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(ODD[r.nextInt(ODD.length)]);
        }
        return b.toString();
    }

    /** Text for a path segment, query value or JSON string: mostly wrong, sometimes plausible. */
    public static String text(Random r, List<String> plausible) {
        return switch (r.nextInt(12)) {
            case 0, 1, 2 -> plausible.isEmpty() ? "" : plausible.get(r.nextInt(plausible.size()));
            case 3 -> odd(r, 1 + r.nextInt(6));
            case 4 -> "";
            case 5 -> List.of("-1", "0", "99999999999999999999", "1e3", "0x10", "NaN", "null", "true", "[]", "{}",
                    "2147483648", "-2147483649", "1.5", " 5", "5 ", "+5").get(r.nextInt(16));
            case 6 -> "x".repeat(300 + r.nextInt(3000));
            case 7 -> "长".repeat(50 + r.nextInt(500));
            case 8 -> badDate(r);
            case 9 -> (plausible.isEmpty() ? "" : plausible.get(r.nextInt(plausible.size()))) + odd(r, 1);
            case 10 -> " ";
            default -> Long.toString(r.nextLong());
        };
    }

    public static String badDate(Random r) {
        return List.of("2026-02-30", "2026-13-01", "0000-00-00", "+999999999-12-31", "-999999999-01-01", "1900-01-01",
                "2100-12-31", "2026-11-23T10:00", "23/11/2026", "2026-11", "yesterday", "2026-W48", "20261123",
                "2026-11-23 ", "2999-01-01", "1970-01-01").get(r.nextInt(16));
    }

    /** A JSON value of any type that is wrong in some way for most fields. */
    public static JsonNode value(Random r, List<String> plausible) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1, 2, 3 -> NODES.textNode(text(r, plausible));
            case 4 -> NODES.numberNode(-1 - r.nextInt(1000));
            case 5 -> NODES.numberNode(new BigInteger("9".repeat(10 + r.nextInt(40))));
            case 6 -> NODES.numberNode(new BigDecimal("1e" + (300 + r.nextInt(200))));
            case 7 -> NODES.booleanNode(r.nextBoolean());
            case 8 -> NODES.objectNode().put("x", 1);
            case 9 -> NODES.arrayNode().add(NODES.nullNode()).add("HJ").add(3);
            case 10 -> NODES.numberNode(r.nextInt(40) - 5);
            case 11 -> NODES.numberNode(Long.MIN_VALUE);
            case 12 -> NODES.numberNode(0.5);
            case 13 -> NODES.textNode(badDate(r));
            case 14 -> NODES.arrayNode();
            default -> NODES.numberNode(Integer.MAX_VALUE);
        };
    }

    /** Bytes that are not a usable JSON object: malformed, truncated, the wrong type, too deep, not UTF-8. */
    public static byte[] brokenJson(Random r, String valid) {
        String s = switch (r.nextInt(12)) {
            case 0 -> valid.substring(0, r.nextInt(Math.max(1, valid.length())));
            case 1 -> valid + odd(r, 1) + "}";
            case 2 -> "[" + valid + "]";
            case 3 -> List.of("null", "42", "\"text\"", "true", "[]", "{}", "{\"a\":}", "{,}", "{'a':1}",
                    "{\"a\":1,\"a\":2}").get(r.nextInt(10));
            case 4 -> "[".repeat(2000 + r.nextInt(20_000));
            case 5 -> "{\"serviceId\":" + "9".repeat(2000) + "}";
            case 6 -> valid.replace("\"", "'");
            case 7 -> valid.replace(":", "=");
            case 8 -> "{\"x\":\"" + "长".repeat(100_000) + "\"}";
            case 9 -> valid + valid;
            case 10 -> "\uFEFF" + valid;
            default -> null;
        };
        if (s != null) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] b = valid.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 3];
        System.arraycopy(b, 0, out, 0, b.length);
        out[b.length] = (byte) 0xC0;
        out[b.length + 1] = (byte) 0xFF;
        out[b.length + 2] = (byte) 0xFE;
        if (b.length > 3) {
            out[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80));
        }
        return out;
    }

    /** A UTF-8 encoding of {@code s} in which a lone surrogate becomes the (invalid) bytes it would have. */
    public static byte[] utf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(c -> {
            if (c >= 0xD800 && c <= 0xDFFF) {
                out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 | ((c >> 6) & 0x1F)), (byte) (0x80 | (c & 0x3F))});
            } else {
                out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
            }
        });
        return out.toByteArray();
    }

    /** {@code s} safe to print in an assertion message: controls and invisible marks as \\uXXXX, long text cut. */
    public static String shown(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(300).forEach(c -> b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return s.length() > 300 ? b + "…(" + s.length() + " chars)" : b.toString();
    }
}
