package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import hallq.city.store.HubDatabase;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.logging.HallLogging;
import hallq.protocol.mqtt.MqttLogin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A city morning (the city centre, a street centre and a village station at 600×, the handover
 * story among them) in which most citizens put their ID card on a kiosk's reader: afterwards no
 * resident ID number and no card holder's name is in clear anywhere — not in any hall's data folder,
 * not in the hub's (its PostgreSQL cluster's files, write-ahead log included; the server's own programs
 * unpacked beside them are not the hub's writing and are left out), not in any row of any
 * table of the hub read back as text, not in the log, not in any hall's MQTT messages. The halls hash
 * with the city's keys and only those hashes leave them (docs/city.md, "One identity").
 */
class CityPiiIT {
    private static final Path CITY = Path.of("../config/city").toAbsolutePath().normalize();
    private static final Path SCENARIOS = Path.of("../scenarios/city").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aCityMorningWithIdCards_leavesNoIdNumberOrNameInClear_atAnyHallOrTheHub() throws Exception {
        Path layout = Files.writeString(dir.resolve("city.yml"), """
                halls:
                  - { config: %1$s/city-centre.yml, scenario: %2$s/city-centre-day.yml, level: CITY, lat: 23.129, lon: 113.264 }
                  - { config: %1$s/street-baiyun.yml, scenario: %2$s/street-baiyun-day.yml, level: TOWNSHIP, parent: yunshan-city }
                  - { config: %1$s/village-hedong.yml, scenario: %2$s/village-hedong-day.yml, level: VILLAGE, parent: street-baiyun }
                """.formatted(CITY, SCENARIOS));
        Path data = dir.resolve("data");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        List<String> mqtt = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        int carded;
        System.setErr(new PrintStream(new PiiScan.Tee(originalErr, log), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new PiiScan.Tee(originalOut, log), true, StandardCharsets.UTF_8));
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        PiiScan.logToFiles(logback, data.resolve("logs"));
        try (CityDemo city = CityDemo.start(new CityDemo.Settings(layout, data, 600, 0, 0, 0, 0))) {
            List<MqttClient> probes = new ArrayList<>();
            for (Map.Entry<String, Demo> hall : city.halls().entrySet()) {
                probes.add(probe(hall.getValue(), hall.getKey(), mqtt));
            }
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() ->
                    city.story().done() && !city.clock().now().toLocalTime().isBefore(LocalTime.of(12, 0)));
            carded = city.halls().values().stream().flatMap(d -> d.kiosks().stream()).mapToInt(KioskStation::carded)
                    .sum();
            tables.addAll(everyRow(city.hub().database()));
            for (MqttClient p : probes) {
                p.disconnect();
                p.close();
            }
        } finally {
            logback.stop(); // closes the log files
            HallLogging.apply(logback, HallLogging.Settings.fromEnvironment());
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        assertTrue(carded >= 20, "citizens who used their ID card at a kiosk: " + carded);
        assertTrue(tables.size() > 5 && tables.stream().anyMatch(t -> t.startsWith("person_days\n") && t.contains("c1.")),
                "the hub's tables are read, its per-person counts under the city's hashes among them");

        Set<String> names = IdCard.allNames();
        Set<String> found = new LinkedHashSet<>();
        Path server = data.resolve("hub").resolve("pg-bin"); // PostgreSQL's own programs, not what the hub wrote
        int files = PiiScan.scanFiles(data, f -> !f.startsWith(server), names, found);
        assertTrue(Files.isDirectory(data.resolve("hub").resolve("pg")), "the hub's cluster is scanned");
        List<String> texts = new ArrayList<>(tables);
        texts.add("log\n" + log.toString(StandardCharsets.UTF_8));
        synchronized (mqtt) {
            assertTrue(mqtt.size() > 300, "MQTT messages seen: " + mqtt.size());
            texts.add("mqtt\n" + String.join("\n", mqtt));
        }
        System.out.printf("City PII scan: %d ID cards read at kiosks; scanned %d files, %d hub tables, %d MQTT messages%n",
                carded, files, tables.size(), mqtt.size());
        PiiScan.assertCatchesWhatItLooksFor(names);
        found.addAll(PiiScan.findings(texts, names));
        assertEquals(Set.of(), found);
    }

    /** A board's login to {@code hall}'s broker, taking every message of the hall. */
    private static MqttClient probe(Demo hall, String id, List<String> into) throws Exception {
        MqttLogin login = hall.host().login("pii-probe", MqttRole.BOARD, null);
        MqttClient probe = new MqttClient(hall.brokerUrl(), login.username(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setUserName(login.username());
        options.setPassword(login.password().toCharArray());
        probe.connect(options);
        probe.subscribe("hallq/v1/" + id + "/#", (topic, m) -> {
            synchronized (into) {
                into.add(topic + " " + new String(m.getPayload(), StandardCharsets.UTF_8));
            }
        });
        return probe;
    }

    /** Every table of the hub, each as its name and then its rows as PostgreSQL writes a row as text. */
    private static List<String> everyRow(HubDatabase db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    + "ORDER BY tablename")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                StringBuilder rows = new StringBuilder(table).append('\n');
                try (ResultSet r = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (r.next()) {
                        rows.append(r.getString(1)).append('\n');
                    }
                }
                out.add(rows.toString());
            }
        }
        return out;
    }
}
