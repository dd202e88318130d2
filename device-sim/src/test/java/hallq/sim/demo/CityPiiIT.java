package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.store.HubDatabase;
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
import java.util.Set;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    @TempDir
    Path dir;

    @Test
    void aCityMorningWithIdCards_leavesNoIdNumberOrNameInClear_atAnyHallOrTheHub() throws Exception {
        Path data = dir.resolve("data");
        List<String> mqtt = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        int carded;
        String console;
        try (PiiScan.Capture capture = new PiiScan.Capture(data.resolve("logs"))) {
            try (CityDemo city = CityDemo.start(new CityDemo.Settings(CityDemoIT.threeHalls(dir), data, 600, 0, 0, 0,
                    0))) {
                List<MqttClient> probes = new ArrayList<>();
                for (Demo hall : city.halls().values()) {
                    probes.add(PiiScan.probe(hall, mqtt));
                }
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() ->
                        city.story().done() && !city.clock().now().toLocalTime().isBefore(LocalTime.of(12, 0)));
                carded = city.halls().values().stream().flatMap(d -> d.kiosks().stream())
                        .mapToInt(KioskStation::carded).sum();
                tables.addAll(everyRow(city.hub().database()));
                for (MqttClient p : probes) {
                    p.disconnect();
                    p.close();
                }
            }
            console = capture.console();
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
        texts.add("log\n" + console);
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
