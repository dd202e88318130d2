package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole simulated day (09:00-17:00) in which most citizens put their ID card on the kiosk's
 * reader (frames over a pty, the real kiosk binding and HTTP client): afterwards nothing the hall
 * wrote or said holds a resident ID number or a card holder's name in clear — not the SQLite files,
 * not the printed tickets, not any other file in the data folder, not the log (console, and text and JSON files,
 * current and rotated), not a single MQTT
 * message. A scan that finds nothing proves little unless it could have found something, so it is
 * first shown to catch a planted number and name.
 */
class DemoPiiIT {
    private static final Pattern ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @Test
    void aFullDayWithIdCards_leavesNoIdNumberOrNameInClear() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        List<String> mqtt = new ArrayList<>();
        int carded;
        Path data = dir.resolve("data");
        System.setErr(new PrintStream(new Tee(originalErr, log), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new Tee(originalOut, log), true, StandardCharsets.UTF_8));
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logToFiles(logback, data.resolve("logs"));
        try (Demo demo = Demo.start(DemoFixture.settings(data, DemoFixture.lightDay(dir), 900))) {
            MqttLogin login = demo.host().login("pii-probe", MqttRole.BOARD, null); // reads the whole hall
            MqttClient probe = new MqttClient(demo.brokerUrl(), login.username(), new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
            options.setUserName(login.username());
            options.setPassword(login.password().toCharArray());
            probe.connect(options);
            probe.subscribe("hallq/v1/" + demo.config().hall().id() + "/#", (topic, m) -> {
                synchronized (mqtt) {
                    mqtt.add(topic + " " + new String(m.getPayload(), StandardCharsets.UTF_8));
                }
            });
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !demo.clock().now().toLocalTime().isBefore(LocalTime.of(17, 0)));
            carded = demo.kiosks().stream().mapToInt(KioskStation::carded).sum();
            probe.disconnect();
            probe.close();
        } finally {
            logback.stop(); // closes the log files
            HallLogging.apply(logback, HallLogging.Settings.fromEnvironment());
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        assertTrue(carded >= 40, "citizens who used their ID card at a kiosk: " + carded);

        Set<String> names = IdCard.allNames();
        List<String> texts = new ArrayList<>();
        texts.add(log.toString(StandardCharsets.UTF_8));
        synchronized (mqtt) {
            assertTrue(mqtt.size() > 500, "MQTT messages seen: " + mqtt.size());
            texts.add(String.join("\n", mqtt));
        }
        int files = 0;
        try (Stream<Path> all = Files.walk(data)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = textOf(f, Files.readAllBytes(f));
                texts.add(f + "\n" + new String(bytes, StandardCharsets.UTF_8));
                texts.add(f + "\n" + new String(bytes, GB18030));
                files++;
            }
        }
        assertTrue(files > 50, "files in the data folder: " + files);
        try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
            List<String> logFiles = logs.map(f -> f.getFileName().toString()).sorted().toList();
            assertTrue(logFiles.containsAll(List.of("demo.log", "demo.json")), "the log files are scanned: " + logFiles);
            assertTrue(logFiles.stream().filter(n -> n.matches("demo\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\.log")).count() >= 2
                    && logFiles.stream().filter(n -> n.matches("demo\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\.json")).count() >= 2,
                    "and the rotated ones: " + logFiles);
        }
        try (Stream<Path> all = Files.walk(data)) {
            assertTrue(all.anyMatch(f -> f.getFileName().toString().equals("hallq.db")), "the SQLite database is scanned");
        }

        System.out.printf("PII scan: %d ID cards read at kiosks; scanned %d files, %d MQTT messages, %d characters of log%n",
                carded, files, mqtt.size(), texts.get(0).length());
        assertEquals(Set.of("440306199003071232 in planted", "张伟 in planted"),
                findings(List.of("planted\n…440306199003071232… 张伟 …"), names), "the scan finds what it looks for");
        assertEquals(Set.of(), findings(texts, names));
    }

    /**
     * The day's log as the installed services write it, in both formats at once: text (demo.log) and JSON
     * (demo.json), each rolled over at 64 KB, in the data folder that the scan reads; the console keeps only the
     * warnings and errors, which the scan reads too. JsonEncoder writes Chinese as it is, not as \\u escapes.
     */
    private static void logToFiles(LoggerContext logback, Path dir) {
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
    private static byte[] textOf(Path file, byte[] bytes) throws IOException {
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
    private static Set<String> findings(List<String> texts, Set<String> names) {
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

    private static final class Tee extends OutputStream {
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
}
