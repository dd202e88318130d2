package hallq.sim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.LoggerContext;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.ResidentId;
import hallq.protocol.logging.HallLogging;
import hallq.protocol.mqtt.MqttLogin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.LoggerFactory;

/**
 * The scan for personal data in clear (DemoPiiIT, CityPiiIT): valid resident ID numbers and card
 * holders' names in any text a hall or the hub wrote or said.
 */
final class PiiScan {
    static final Pattern ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    static final Charset GB18030 = Charset.forName("GB18030");

    private PiiScan() {
    }

    /**
     * Scans every regular file under {@code root}, decoded as UTF-8 and as GB18030 (a printer's
     * encoding), one file at a time (a database's files run to many megabytes), adding what it finds to
     * {@code found}, each with the file's path; answers how many files.
     */
    static int scanFiles(Path root, Set<String> names, Set<String> found) throws IOException {
        return scanFiles(root, f -> true, names, found);
    }

    /** The same, of the files {@code which} takes. */
    static int scanFiles(Path root, Predicate<Path> which, Set<String> names, Set<String> found) throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).filter(which).toList()) {
                byte[] bytes = textOf(f, Files.readAllBytes(f));
                found.addAll(findings(List.of(f + "\n" + new String(bytes, StandardCharsets.UTF_8),
                        f + "\n" + new String(bytes, GB18030)), names));
                files++;
            }
        }
        return files;
    }

    /** A scan that finds nothing proves little unless it could have found something: it catches a planted pair. */
    static void assertCatchesWhatItLooksFor(Set<String> names) {
        assertEquals(Set.of("440306199003071232 in planted", "张伟 in planted"),
                findings(List.of("planted\n…440306199003071232… 张伟 …"), names), "the scan finds what it looks for");
    }

    /**
     * The day's log as the installed services write it, in both formats at once: text (demo.log) and JSON
     * (demo.json), each rolled over at 64 KB, in the data folder that the scan reads; the console keeps only the
     * warnings and errors, which the scan reads too. JsonEncoder writes Chinese as it is, not as \\u escapes.
     */
    static void logToFiles(LoggerContext logback, Path dir) {
        Map<String, String> json = Map.of("hallq.log.dir", dir.toString(), "hallq.log.name", "demo", "hallq.log.format",
                "json", "hallq.log.maxFileSize", "64KB");
        HallLogging.apply(logback, HallLogging.Settings.from(json::get));
        Map<String, String> text = new HashMap<>(json);
        text.put("hallq.log.format", "text");
        logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .addAppender(HallLogging.fileAppender(logback, HallLogging.Settings.from(text::get)));
    }

    /**
     * What of a file can carry text. A PNG (a printed ticket's image) carries text only in its text
     * chunks: a name drawn on the ticket is pixels, which no byte scan sees, and its compressed pixel
     * data, read as GB18030, holds some two-character name's four bytes by chance every few runs.
     */
    static byte[] textOf(Path file, byte[] bytes) throws IOException {
        if (!file.getFileName().toString().endsWith(".png")) {
            return bytes;
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int at = 8; // the PNG signature
        while (at + 8 <= bytes.length) {
            int length = ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
                    | (bytes[at + 3] & 0xff);
            String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
            if (length < 0 || at + 12 + length > bytes.length) {
                throw new IOException(file + ": a PNG chunk runs past the end of the file");
            }
            if (type.equals("tEXt") || type.equals("iTXt") || type.equals("zTXt")) {
                byte[] data = Arrays.copyOfRange(bytes, at + 8, at + 8 + length);
                text.write(type.equals("zTXt") ? inflatedAfterKeyword(data) : data);
                text.write('\n');
            }
            at += 12 + length;
        }
        return text.toByteArray();
    }

    /** A zTXt chunk: keyword, NUL, compression method, then the deflated text. */
    private static byte[] inflatedAfterKeyword(byte[] data) throws IOException {
        int nul = 0;
        while (nul < data.length && data[nul] != 0) {
            nul++;
        }
        try (InflaterInputStream in = new InflaterInputStream(
                new ByteArrayInputStream(data, Math.min(data.length, nul + 2), Math.max(0, data.length - nul - 2)))) {
            return in.readAllBytes();
        }
    }

    /** Valid resident ID numbers and card holders' names found, each with the first line (where) of its text. */
    static Set<String> findings(List<String> texts, Set<String> names) {
        Set<String> found = new LinkedHashSet<>();
        for (String t : texts) {
            String where = t.lines().findFirst().orElse("?");
            where = where.length() > 120 ? where.substring(0, 120) : where;
            Matcher m = ID.matcher(t);
            while (m.find()) {
                if (ResidentId.isValid(m.group())) {
                    found.add(m.group() + " in " + where);
                }
            }
            for (String name : names) {
                if (t.contains(name)) {
                    found.add(name + " in " + where);
                }
            }
        }
        return found;
    }

    static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            synchronized (b) {
                b.write(buf, off, len);
            }
        }
    }

    /**
     * What a day says while it runs: everything written to stdout and stderr (kept, and still shown), and
     * the log in files of {@code logs} ({@link #logToFiles}); closing it puts the console and the logging
     * back as they were and closes the log files.
     */
    static final class Capture implements AutoCloseable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final PrintStream err = System.err;
        private final PrintStream std = System.out;
        private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

        Capture(Path logs) {
            System.setErr(new PrintStream(new Tee(err, out), true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new Tee(std, out), true, StandardCharsets.UTF_8));
            logToFiles(logback, logs);
        }

        /** What was written to the console so far. */
        String console() {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() {
            logback.stop(); // closes the log files
            HallLogging.apply(logback, HallLogging.Settings.fromEnvironment());
            System.setErr(err);
            System.setOut(std);
        }
    }

    /** A board's login to {@code hall}'s broker (a board reads the whole hall), taking every message into {@code into}. */
    static MqttClient probe(Demo hall, List<String> into) throws Exception {
        MqttLogin login = hall.host().login("pii-probe", MqttRole.BOARD, null);
        MqttClient probe = new MqttClient(hall.brokerUrl(), login.username(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setUserName(login.username());
        options.setPassword(login.password().toCharArray());
        probe.connect(options);
        probe.subscribe("hallq/v1/" + hall.config().hall().id() + "/#", (topic, m) -> {
            synchronized (into) {
                into.add(topic + " " + new String(m.getPayload(), StandardCharsets.UTF_8));
            }
        });
        return probe;
    }
}
