package hallq.protocol.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedFileNamingAndTriggeringPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HallQ's logging set-up on a logger context of the test's own, with logback's rolling at small sizes. */
class HallLoggingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /*
     * Logback cleans old archives on its "alternate" pool of five threads, one task per rollover. The tests below
     * crowd eight days of rollovers into milliseconds, so those tasks ran side by side and out of order: a later
     * day's clean-up that ran first left an earlier day's with no period to clean, and a day outlived its
     * maxHistory (seen in CI). A hall's day rollovers are a day apart, so there they run one after another — as
     * this single thread makes them run here.
     */
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor();
    private final LoggerContext context = new LoggerContext() {
        @Override
        public synchronized ExecutorService getAlternateExecutorService() {
            return cleaner;
        }
    };
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        context.stop();
        cleaner.shutdownNow();
        System.setErr(stderr);
    }

    @Test
    void text_isOneLinePerEventInTheFile_andOnlyWarningsOnTheConsole() throws IOException {
        start(Map.of("hallq.log.dir", dir.toString(), "hallq.log.name", "controller"));
        Logger log = context.getLogger("hallq.controller.Test");
        log.info("ticket {} issued at {}", "A001", "kiosk-1");
        log.warn("a message\nover two lines");
        log.error("printer jammed at {}", "kiosk-2", new IllegalStateException("paper\nout"));
        log.debug("not at INFO");
        context.getLogger("org.eclipse.jetty.server.Server").info("Jetty says too much");
        context.stop();

        List<String> lines = Files.readAllLines(dir.resolve("controller.log"));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+ INFO  \\[.+\\] "
                + "hallq.controller.Test - ticket A001 issued at kiosk-1"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" - a message | over two lines"), lines.get(1));
        assertTrue(lines.get(2).contains(" - printer jammed at kiosk-2 | java.lang.IllegalStateException: paper | out | at "
                + HallLoggingTest.class.getName()), lines.get(2));
        List<String> onConsole = console.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, onConsole.size(), String.join("\n", onConsole));
        assertTrue(onConsole.get(0).contains(" WARN  ") && onConsole.get(1).contains(" ERROR "), onConsole.toString());
    }

    @Test
    void withoutAFolder_everythingGoesToTheConsole() throws IOException {
        start(Map.of());
        context.getLogger("hallq.x").info("window {} opened", 3);
        context.stop();
        assertTrue(console.toString(StandardCharsets.UTF_8).endsWith(" INFO  [main] hallq.x - window 3 opened\n"),
                console.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void json_isOneObjectPerLine_withTheFormattedMessage() throws IOException {
        start(Map.of("hallq.log.dir", dir.toString(), "hallq.log.format", "json", "hallq.log.name", "kiosk-kiosk-1"));
        Logger log = context.getLogger("hallq.kiosk.Test");
        log.info("ticket {} printed", "B017");
        log.error("printer {} failed", "kiosk-1", new IllegalStateException("paper\nout"));
        context.stop();

        List<String> lines = Files.readAllLines(dir.resolve("kiosk-kiosk-1.json"));
        assertEquals(2, lines.size(), String.join("\n", lines));
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("INFO", first.get("level").asText());
        assertEquals("hallq.kiosk.Test", first.get("loggerName").asText());
        assertEquals("ticket B017 printed", first.get("formattedMessage").asText());
        assertTrue(first.get("timestamp").asLong() > 0);
        assertFalse(first.has("context"), "no logger context on each line");
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("java.lang.IllegalStateException", second.get("throwable").get("className").asText());
        assertEquals("paper\nout", second.get("throwable").get("message").asText());
        assertTrue(console.toString(StandardCharsets.UTF_8).startsWith("{\"sequenceNumber\""), "JSON on the console too");
    }

    @Test
    void aFileRollsOverAtItsSize_intoFilesOfWholeLines() throws IOException {
        start(Map.of("hallq.log.dir", dir.toString(), "hallq.log.format", "json", "hallq.log.maxFileSize", "4KB"));
        Logger log = context.getLogger("hallq.controller.Test");
        for (int i = 0; i < 400; i++) {
            log.info("ticket A{} issued", String.format("%03d", i));
        }
        context.stop();

        List<Path> archives = archives();
        assertTrue(archives.size() >= 3, "archives: " + archives);
        int events = 0;
        for (Path archive : archives) {
            assertTrue(archive.getFileName().toString().matches("hallq\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\.json"), archive.toString());
            for (String line : Files.readAllLines(archive)) {
                JSON.readTree(line); // each a whole JSON object
                events++;
            }
        }
        events += Files.readAllLines(dir.resolve("hallq.json")).size();
        assertEquals(400, events, "every event is in one of the files, once: " + archives + " " + context.getStatusManager().getCopyOfStatusList().stream().filter(st -> st.getLevel() > 0).map(Object::toString).toList());
    }

    @Test
    void daysPastTheDaysKept_areDeleted() throws IOException {
        LocalDate first = eightDaysOfLogs(Map.of("hallq.log.maxHistory", "3"));
        // the day being written and the 3 before it
        assertEquals(Set.of(first.plusDays(4), first.plusDays(5), first.plusDays(6), first.plusDays(7)),
                archives().stream().map(HallLoggingTest::dayOf).collect(Collectors.toSet()));
    }

    @Test
    void theOldestFilesAreDeleted_pastTheTotalSize() throws IOException {
        LocalDate first = eightDaysOfLogs(Map.of("hallq.log.totalSizeCap", "5KB"));
        List<Path> archives = archives();
        long total = 0;
        long largest = 0;
        for (Path archive : archives) {
            total += Files.size(archive);
            largest = Math.max(largest, Files.size(archive));
        }
        // logback cleans up just before it rolls a file over: one file's slack
        assertTrue(total - largest <= 5 * 1024, "the archives' " + total + " bytes are within the cap: " + archives);
        assertEquals(first.plusDays(7), dayOf(archives.get(archives.size() - 1)), "the newest are kept");
        assertTrue(dayOf(archives.get(0)).isAfter(first), "the oldest are gone: " + archives);
    }

    /** Eight days of a controller's logs, 2 KB files: logback's own test hook moves its clock a day at a time. */
    private LocalDate eightDaysOfLogs(Map<String, String> retention) {
        Map<String, String> properties = new HashMap<>(retention);
        properties.putAll(Map.of("hallq.log.dir", dir.toString(), "hallq.log.maxFileSize", "2KB"));
        start(properties);
        Logger log = context.getLogger("hallq.controller.Test");
        RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        TimeBasedFileNamingAndTriggeringPolicy<?> clock = ((TimeBasedRollingPolicy<?>) file.getRollingPolicy())
                .getTimeBasedFileNamingAndTriggeringPolicy();
        LocalDate first = LocalDate.now();
        for (int d = 0; d < 8; d++) {
            clock.setCurrentTime(first.plusDays(d).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
            for (int i = 0; i < 30; i++) {
                log.info("day {} ticket A{} issued", d, String.format("%03d", i));
            }
        }
        context.stop(); // waits for the clean-up
        return first;
    }

    private static LocalDate dayOf(Path archive) {
        return LocalDate.parse(archive.getFileName().toString().split("\\.")[1]);
    }

    @Test
    void settings_comeFromPropertiesWithDefaults_andRefuseAnUnknownFormat() {
        HallLogging.Settings defaults = HallLogging.Settings.from(key -> null);
        assertFalse(defaults.json());
        assertNull(defaults.file());
        assertEquals(30, defaults.maxHistory());
        assertEquals(50L * 1024 * 1024, defaults.maxFileSize().getSize());
        assertEquals(Path.of("/var/lib/hallq/logs/board-5.json"),
                HallLogging.Settings.from(Map.of("hallq.log.dir", "/var/lib/hallq/logs", "hallq.log.name", "board-5",
                        "hallq.log.format", "JSON")::get).file());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HallLogging.Settings.from(Map.of("hallq.log.format", "xml")::get));
        assertEquals("log format 'xml': text or json", e.getMessage());
    }

    private void start(Map<String, String> properties) {
        context.setMDCAdapter(new LogbackMDCAdapter()); // as SLF4J's binding does for the real one
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        HallLogging.apply(context, HallLogging.Settings.from(new HashMap<>(properties)::get));
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(".+\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\..+")).sorted().toList();
        }
    }
}
