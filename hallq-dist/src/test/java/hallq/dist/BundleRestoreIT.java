package hallq.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The proof of the bundle: unpacked, with only Java, it runs a hall; a backup taken while it serves, a crash after
 * more tickets, a restore, and the hall goes on with every record up to the backup and no number handed out twice.
 */
class BundleRestoreIT {
    private static final String KIOSK = "kiosk-1";

    @Test
    void unpackedBundle_servesBacksUpCrashesRestores_andNeverReissuesAPrintedNumber() throws Exception {
        Bundle bundle = Bundle.unpack(Path.of(System.getProperty("hallq.bundle")));
        Path data = bundle.work().resolve("hall-data");
        Bundle.Result kiosk = bundle.run("controller", "mqtt-client", "--data", data.toString(), "add", KIOSK,
                "--role", "kiosk");
        assertEquals(0, kiosk.exit(), kiosk.out());
        String kioskPassword = Files.readString(data.resolve("secrets/mqtt/" + KIOSK + ".password")).strip();

        Map<String, String> beforeBackup = new LinkedHashMap<>(); // number -> token
        Set<String> printed = new HashSet<>();
        Path archive;
        try (ControllerRun c = ControllerRun.start(bundle, data, bundle.work().resolve("controller-1.log"))) {
            assertFalse(c.commandLine().contains(".m2"), "runs from the bundle's lib/ only: " + c.commandLine());
            assertTrue(c.commandLine().contains(bundle.home().resolve("lib").toString()), c.commandLine());
            Bundle.Result health = bundle.run("health", c.healthUrl);
            assertEquals(0, health.exit(), health.out());

            Hall hall = hall(c, data, kioskPassword);
            for (String service : List.of("HJ", "HJ", "SB", "HJ", "SB")) {
                JsonNode t = hall.issue(service);
                beforeBackup.put(t.get("number").asText(), t.get("token").asText());
            }
            assertEquals("A001", hall.callNext(5));
            hall.start(5);

            Bundle.Result backup = bundle.run("controller", "backup", "--config",
                    bundle.home().resolve("config/demo-hall.yml").toString(), "--data", data.toString());
            assertEquals(0, backup.exit(), backup.out());
            try (Stream<Path> files = Files.list(data.resolve("backups"))) {
                archive = files.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
            }
            printed.addAll(beforeBackup.keySet());
            for (String service : List.of("HJ", "HJ", "SB")) { // printed after the backup: in citizens' hands
                printed.add(hall.issue(service).get("number").asText());
            }
            hall.callNext(6);
            c.kill();
        }

        Bundle.Result restore = bundle.run("controller", "restore", archive.toString(), "--data", data.toString());
        assertEquals(0, restore.exit(), restore.out());

        List<String> afterRestore = new ArrayList<>();
        try (ControllerRun c = ControllerRun.start(bundle, data, bundle.work().resolve("controller-2.log"))) {
            Hall hall = hall(c, data, kioskPassword);
            for (Map.Entry<String, String> t : beforeBackup.entrySet()) {
                assertEquals(t.getKey(), hall.get("/api/v1/tickets/" + t.getValue()).get("number").asText());
            }
            assertEquals("SERVING", hall.get("/api/v1/tickets/" + beforeBackup.get("A001")).get("status").asText());
            assertEquals("A001", hall.get("/api/v1/windows/5").get("currentTicket").asText(), "window 5 as at the backup");
            assertEquals("A002", hall.callNext(6), "the line resumes as it was at the backup");
            for (String service : List.of("HJ", "SB", "HJ")) {
                afterRestore.add(hall.issue(service).get("number").asText());
            }
        }
        afterRestore.forEach(n -> assertFalse(printed.contains(n), n + " was already printed"));
        int a = number(afterRestore.get(0));
        assertTrue(a > highest(printed, 'A') && number(afterRestore.get(1)) > highest(printed, 'G'),
                "numbering goes on past every printed number: " + afterRestore + " after " + printed);
        assertEquals(a + 1, number(afterRestore.get(2)), "and then one by one: " + afterRestore);
    }

    private static Hall hall(ControllerRun c, Path data, String kioskPassword) throws Exception {
        String manager = Files.readAllLines(data.resolve("manager-password.txt")).stream()
                .filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring("password: ".length());
        return new Hall(c.port, KIOSK, kioskPassword, "admin", manager);
    }

    private static int number(String ticket) {
        return Integer.parseInt(ticket.substring(1));
    }

    private static int highest(Set<String> numbers, char prefix) {
        return numbers.stream().filter(n -> n.charAt(0) == prefix).mapToInt(BundleRestoreIT::number).max().orElse(0);
    }
}
