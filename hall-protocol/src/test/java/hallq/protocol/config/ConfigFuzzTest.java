package hallq.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import hallq.protocol.testing.Nasty;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property test of the configuration loader over random mutations of the demo hall (its hall file,
 * calendar and service guides), each case reproducible from its seed ({@code -Dfuzz.seed},
 * {@code -Dfuzz.tries}): a mutated file either loads, or fails with a {@link ConfigException} whose
 * message names the file and the key — never with another exception.
 */
class ConfigFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HallConfigLoader LOADER = new HallConfigLoader();
    private static Path dir;
    private static Path hall;
    private static final Map<String, String> ORIGINALS = new HashMap<>();

    record Mutation(Path file, String description, boolean keyed, boolean root) {
    }

    static LongStream tree() {
        return LongStream.range(0, Integer.getInteger("fuzz.tries", 200)).map(i -> SEED * 17 + i);
    }

    static LongStream text() {
        return LongStream.range(0, Integer.getInteger("fuzz.tries", 150)).map(i -> SEED * 19 + i);
    }

    @BeforeAll
    static void copyDemoHall() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        dir = Files.createTempDirectory(base, "config-fuzz-");
        Path from = Path.of("../config");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
                ORIGINALS.put(to.toString(), Files.readString(p));
            }
        }
        hall = dir.resolve("demo-hall.yml");
        LOADER.load(hall); // the unmutated copy loads
    }

    @AfterAll
    static void restore() throws IOException {
        for (Map.Entry<String, String> e : ORIGINALS.entrySet()) {
            Files.writeString(Path.of(e.getKey()), e.getValue());
        }
    }

    /** Found by the tree property: a NUL in a guide reference threw InvalidPathException. */
    @Test
    void nulInAGuideReference_isAConfigExceptionNamingTheKey() throws IOException {
        String text = ORIGINALS.get(hall.toString()).replace("guide: guides/SW.yml", "guide: \"guides/S\\0W.yml\"");
        ConfigException e = assertThrows(ConfigException.class, () -> load(text));
        assertEquals(hall + ": services[5].guide: 'guides/S\\u0000W.yml' must name a file beside the hall file or in a "
                + "folder below it", e.getMessage());
    }

    /** Found by the tree property: an unknown key with a zero-width space and a tab was echoed as it was. */
    @Test
    void invisibleCharactersInAnUnknownKey_areShownEscaped() throws IOException {
        String text = ORIGINALS.get(hall.toString()).replace("  calmFor: 15m", "  \"calm\\u200BFor\\t\": 15m");
        ConfigException e = assertThrows(ConfigException.class, () -> load(text));
        assertTrue(e.getMessage().startsWith(hall + ": policy.calm\\u200BFor\\u0009: unknown key (allowed: "),
                e.getMessage());
    }

    /** Found by exploring (seed 5): a service without an id, or an empty list entry, threw NullPointerException. */
    @Test
    void serviceWithoutId_andEmptyEntries_areNamed() throws IOException {
        String noId = ORIGINALS.get(hall.toString()).replace("{ id: GJJ, ", "{ ");
        ConfigException e = assertThrows(ConfigException.class, () -> load(noId));
        assertTrue(e.getMessage().contains("services[7].id: must be 1-16 capital letters, digits or '_', got nothing"),
                e.getMessage());
        String emptyEntries = ORIGINALS.get(hall.toString()).replace("devices:\n", "devices:\n  - ~\n")
                .replace("windows:\n", "windows:\n  - ~\n").replace("services:\n", "services:\n  - ~\n");
        e = assertThrows(ConfigException.class, () -> load(emptyEntries));
        assertTrue(e.getMessage().contains("services[0]: empty entry") && e.getMessage().contains("windows[0]: empty entry")
                && e.getMessage().contains("devices[0]: empty entry"), e.getMessage());
    }

    private static void load(String hallText) throws IOException {
        Files.writeString(hall, hallText);
        try {
            LOADER.load(hall);
        } finally {
            Files.writeString(hall, ORIGINALS.get(hall.toString()));
        }
    }

    /** One structural change (a value replaced, removed, added, duplicated) in one file. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tree")
    void treeMutation_loadsOrNamesFileAndKey(long seed) throws IOException {
        Random r = new Random(seed);
        Path file = pickFile(r);
        JsonNode root = YAML.readTree(ORIGINALS.get(file.toString()));
        List<String[]> where = new ArrayList<>();
        String what = mutate(root, r, where);
        String yaml = what.equals("root") ? scalarYaml(r) : YAML.writeValueAsString(root);
        check(new Mutation(file, what, true, what.equals("root")), Nasty.utf8(yaml));
    }

    /** One change to the text (a line dropped or doubled, characters inserted, the file cut short). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("text")
    void textMutation_loadsOrNamesFile(long seed) throws IOException {
        Random r = new Random(seed);
        Path file = pickFile(r);
        String text = ORIGINALS.get(file.toString());
        StringBuilder b = new StringBuilder(text);
        String what;
        int at = r.nextInt(text.length());
        switch (r.nextInt(7)) {
            case 0 -> {
                b.setLength(at);
                what = "cut at " + at;
            }
            case 1 -> {
                String s = oddText(r, 1 + r.nextInt(4));
                b.insert(at, s);
                what = "inserted '" + s + "' at " + at;
            }
            case 2 -> {
                char c = ":{}[],&*#?|-<>=!%@`'\"\t\n".charAt(r.nextInt(23));
                b.setCharAt(at, c);
                what = "char " + at + " set to '" + c + "'";
            }
            case 3 -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int line = r.nextInt(lines.size());
                lines.remove(line);
                b = new StringBuilder(String.join("\n", lines));
                what = "line " + (line + 1) + " removed";
            }
            case 4 -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int line = r.nextInt(lines.size());
                lines.add(line, lines.get(line));
                b = new StringBuilder(String.join("\n", lines));
                what = "line " + (line + 1) + " doubled";
            }
            case 5 -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int line = r.nextInt(lines.size());
                lines.set(line, (r.nextBoolean() ? " " : "") + lines.get(line).stripLeading());
                b = new StringBuilder(String.join("\n", lines));
                what = "line " + (line + 1) + " re-indented";
            }
            default -> {
                // bytes that are not UTF-8 at all: a file saved in GBK, or damaged
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                byte[] junk = new byte[1 + r.nextInt(4)];
                for (int i = 0; i < junk.length; i++) {
                    junk[i] = (byte) (0x80 + r.nextInt(0x80));
                }
                int pos = r.nextInt(bytes.length);
                byte[] out = new byte[bytes.length + junk.length];
                System.arraycopy(bytes, 0, out, 0, pos);
                System.arraycopy(junk, 0, out, pos, junk.length);
                System.arraycopy(bytes, pos, out, pos + junk.length, bytes.length - pos);
                check(new Mutation(file, "bytes " + HexFormat.of().formatHex(junk) + " at byte " + pos, false,
                        false), out);
                return;
            }
        }
        check(new Mutation(file, what, false, false), Nasty.utf8(b.toString()));
    }

    private static void check(Mutation m, byte[] content) throws IOException {
        Files.write(m.file(), content);
        try {
            LOADER.load(hall);
        } catch (ConfigException e) {
            String message = e.getMessage();
            String source = message.startsWith(hall.toString() + ": ") ? hall.toString() : m.file().toString();
            assertTrue(message.startsWith(source + ": "), m + ": does not start with the file name: " + message);
            String rest = message.substring(source.length() + 2);
            int colon = rest.indexOf(": ");
            String key = colon <= 0 ? "" : rest.substring(0, colon);
            boolean named = !key.isEmpty() && !key.equals("(top level)") && !key.equals("not valid YAML")
                    || rest.matches("must hold the (calendar|guide) itself.*"); // a referenced file that is one scalar
            if (m.keyed() && !m.root()) {
                assertTrue(named || rest.startsWith("the file is empty"),
                        escape(m + ": does not name the key: " + message));
            } else {
                assertTrue(named || key.equals("(top level)") || rest.startsWith("not valid YAML")
                        || rest.startsWith("the file is empty"), escape(m + ": neither a key nor a YAML position: " + message));
            }
            assertTrue(key.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT),
                    escape(m + ": the key is echoed with invisible characters: " + message));
        } catch (RuntimeException e) {
            throw new AssertionError(escape(m + " made the loader throw " + e), e);
        } finally {
            Files.writeString(m.file(), ORIGINALS.get(m.file().toString()), StandardCharsets.UTF_8);
        }
    }

    private static Path pickFile(Random r) {
        int k = r.nextInt(10);
        if (k < 6) {
            return hall;
        }
        if (k < 8) {
            return dir.resolve("calendar-cn.yml");
        }
        List<String> guides = ORIGINALS.keySet().stream().filter(f -> f.contains("/guides/")).sorted().toList();
        return Path.of(guides.get(r.nextInt(guides.size())));
    }

    /** Changes one node somewhere below {@code root}; returns what it did. */
    private static String mutate(JsonNode root, Random r, List<String[]> where) {
        List<Object[]> slots = new ArrayList<>();
        collect(root, "", slots);
        if (r.nextInt(40) == 0) {
            return "root";
        }
        Object[] slot = slots.get(r.nextInt(slots.size()));
        JsonNode parent = (JsonNode) slot[0];
        Object key = slot[1];
        String path = (String) slot[2];
        int op = r.nextInt(10);
        if (op <= 4) {
            JsonNode v = randomValue(r);
            set(parent, key, v);
            return path + " = " + abbreviate(v.toString());
        } else if (op == 5) {
            if (parent instanceof ObjectNode o) {
                o.remove((String) key);
            } else {
                ((ArrayNode) parent).remove((Integer) key);
            }
            return path + " removed";
        } else if (op == 6 && parent instanceof ArrayNode a) {
            a.insert((Integer) key, a.get((Integer) key).deepCopy());
            return path + " doubled";
        } else if (op == 7) {
            ObjectNode target = parent instanceof ObjectNode o ? o : root instanceof ObjectNode ro ? ro : null;
            if (target == null) {
                return path + " untouched";
            }
            String unknown = r.nextBoolean() ? "extra" + r.nextInt(99) : oddText(r, 3);
            target.put(unknown, 1);
            return "unknown key '" + unknown + "' beside " + path;
        } else {
            // a value taken from elsewhere in the file: right shape, wrong place (duplicates, wrong types)
            Object[] other = slots.get(r.nextInt(slots.size()));
            JsonNode v = get((JsonNode) other[0], other[1]).deepCopy();
            set(parent, key, v);
            return path + " = value of " + other[2];
        }
    }

    private static void collect(JsonNode node, String path, List<Object[]> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                slots.add(new Object[] {o, e.getKey(), p});
                collect(e.getValue(), p, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Object[] {a, i, path + "[" + i + "]"});
                collect(a.get(i), path + "[" + i + "]", slots);
            }
        }
    }

    private static JsonNode get(JsonNode parent, Object key) {
        return parent instanceof ObjectNode o ? o.get((String) key) : parent.get((Integer) key);
    }

    private static void set(JsonNode parent, Object key, JsonNode v) {
        if (parent instanceof ObjectNode o) {
            o.set((String) key, v);
        } else {
            ((ArrayNode) parent).set((Integer) key, v);
        }
    }

    private static JsonNode randomValue(Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode("长".repeat(10_000 + r.nextInt(20_000)));
            case 3 -> NODES.textNode(oddText(r, 1 + r.nextInt(20)));
            case 4 -> NODES.numberNode(-1 - r.nextInt(1000));
            case 5 -> NODES.numberNode(new BigInteger("9".repeat(10 + r.nextInt(30))));
            case 6 -> NODES.numberNode(r.nextBoolean() ? Double.NaN : -1e300);
            case 7 -> NODES.booleanNode(r.nextBoolean());
            case 8 -> NODES.textNode(List.of("2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "yesterday",
                    "24:00-25:00", "09:00-", "-5m", "PT-1H", "1h99m", "P1D", "20 minutes").get(r.nextInt(12)));
            case 9 -> NODES.objectNode();
            case 10 -> NODES.arrayNode();
            case 11 -> NODES.arrayNode().add(NODES.nullNode()).add(1);
            case 12 -> NODES.objectNode().put("unknownKey", "x");
            case 13 -> NODES.numberNode(r.nextInt(3) - 1);
            case 14 -> NODES.textNode(List.of("SATURDAY", "FRIDAY", "LICENSING", "ON_THE_SPOT", "AUTOMATIC",
                    "HJ", "A", "Asia/Shanghai", "Mars/Olympus", "../../etc/passwd", "/abs.yml", "guides").get(r.nextInt(12)));
            default -> NODES.numberNode(Long.MAX_VALUE);
        };
    }

    private static String scalarYaml(Random r) {
        return List.of("", "~", "42", "- a\n- b\n", "just text", "[", "{a: 1}", "---\n---\n", "\uFEFF").get(r.nextInt(9));
    }

    /** Text that trips people up: bidi and zero-width marks, NUL, emoji, CJK, combining marks, quotes. */
    static String oddText(Random r, int length) {
        String[] bits = {"\u202E", "\u200B", "\u0000", "\uD83D\uDE00", "区", "e\u0301", "'", "\"", "\\", "\uFFFF",
                "\uD800", "\t", "%", "{{", "${x}", "　", "ﬁ", "İ"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(bits[r.nextInt(bits.length)]);
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c < 0x20 || c > 0x7E && c < 0xA0 || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE || c == 0xFFFF ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))));
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }

    static {
        if (!Files.isDirectory(Path.of("../config"))) {
            fail("run from the hall-protocol module folder");
        }
    }
}
