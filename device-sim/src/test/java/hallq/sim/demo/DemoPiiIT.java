package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    @TempDir
    Path dir;

    @Test
    void aFullDayWithIdCards_leavesNoIdNumberOrNameInClear() throws Exception {
        List<String> mqtt = new ArrayList<>();
        int carded;
        String console;
        Path data = dir.resolve("data");
        try (PiiScan.Capture capture = new PiiScan.Capture(data.resolve("logs"))) {
            try (Demo demo = Demo.start(DemoFixture.settings(data, DemoFixture.lightDay(dir), 900))) {
                MqttClient probe = PiiScan.probe(demo, mqtt);
                await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                        .until(() -> !demo.clock().now().toLocalTime().isBefore(LocalTime.of(17, 0)));
                carded = demo.kiosks().stream().mapToInt(KioskStation::carded).sum();
                probe.disconnect();
                probe.close();
            }
            console = capture.console();
        }
        assertTrue(carded >= 40, "citizens who used their ID card at a kiosk: " + carded);

        Set<String> names = IdCard.allNames();
        List<String> texts = new ArrayList<>();
        texts.add(console);
        synchronized (mqtt) {
            assertTrue(mqtt.size() > 500, "MQTT messages seen: " + mqtt.size());
            texts.add(String.join("\n", mqtt));
        }
        Set<String> found = new LinkedHashSet<>();
        int files = PiiScan.scanFiles(data, names, found);
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
        PiiScan.assertCatchesWhatItLooksFor(names);
        found.addAll(PiiScan.findings(texts, names));
        assertEquals(Set.of(), found);
    }
}
