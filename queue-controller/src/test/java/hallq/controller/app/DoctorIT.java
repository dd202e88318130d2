package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.backup.Backups;
import hallq.controller.testing.Command;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./hall controller doctor} as an operator runs it (its own JVM) on a hall set up as it would
 * be, and on broken ones. The clock's answer comes from a fake {@code timedatectl} first on the PATH.
 */
class DoctorIT {
    private Path work;
    private Path hallFile;
    private Path data;

    @BeforeEach
    void aHallWithItsDevices() throws Exception {
        work = TestHall.newDataDir();
        data = work.resolve("data");
        hallFile = demoHallWithDevices(work.resolve("config"), "/dev/null");
    }

    @Test
    void aFreshHall_everyCheckPasses_andItsOwnRunningControllerHoldsThePorts() throws Exception {
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0))) {
            Http.manager(c.httpPort()).issue("HJ", null);
        }
        new Backups(new SqliteBackup()).take(data, "yunshan-center", hallFile, data.resolve("backups"),
                Clock.systemUTC().instant(), TestHall.ZONE);
        int http = freePort();
        int mqtt = freePort();
        Command.Run stopped = doctor("yes", "--port", Integer.toString(http), "--mqtt-port", Integer.toString(mqtt));
        assertEquals(0, stopped.exitCode(), stopped.out() + stopped.err());
        List<String> lines = stopped.outLines();
        assertEquals(List.of("config", "data", "secrets", "database", "ratings", "city", "disk", "backups", "ports",
                "ports", "serial", "serial", "clock"), checks(lines), stopped.out());
        for (String line : lines.subList(0, lines.size() - 1)) {
            if (line.contains(" disk ")) {
                assertTrue(!line.startsWith("FAIL"), line); // this machine's own free space
            } else {
                assertTrue(line.startsWith("OK "), line);
            }
        }
        assertTrue(lines.get(3).endsWith(", 1 tickets over 1 days"), lines.get(3));
        assertTrue(lines.get(5).endsWith("not linked to a city hub (the hall runs alone)"), lines.get(5));
        assertTrue(lines.get(8).endsWith("127.0.0.1:" + http + " is free"), lines.get(8));
        assertTrue(lines.get(10).contains("kiosk-1-printer on /dev/null: present and openable"), lines.get(10));

        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 5))) {
            int broker = URI.create(c.brokerUrl()).getPort();
            Command.Run running = doctor("yes", "--port", Integer.toString(c.httpPort()), "--mqtt-port",
                    Integer.toString(broker));
            assertEquals(0, running.exitCode(), running.out() + running.err());
            String pid = Long.toString(ProcessHandle.current().pid());
            assertTrue(running.out().contains("OK   ports    HTTP port 127.0.0.1:" + c.httpPort()
                    + " is in use by this hall's running controller (pid " + pid + ")"), running.out());
            assertTrue(running.out().contains("OK   ports    embedded MQTT broker port 127.0.0.1:" + broker
                    + " is in use by this hall's running controller"), running.out());
        }
    }

    @Test
    void eventsTheCityHubHasNotTakenForDays_warn_withHowManyAndSinceWhen() throws Exception {
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0))) {
            Http http = Http.manager(c.httpPort());
            for (int i = 0; i < 3; i++) {
                http.issue("HJ", null);
            }
        }
        new Backups(new SqliteBackup()).take(data, "yunshan-center", hallFile, data.resolve("backups"),
                Clock.systemUTC().instant(), TestHall.ZONE);
        long threeDaysAgo = Clock.systemUTC().millis() - Duration.ofDays(3).toMillis();
        try (var conn = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("hallq.db"));
             var st = conn.createStatement()) { // as a hub last heard three days ago leaves it
            st.executeUpdate("INSERT INTO city_link (id, acknowledged, heard_at) VALUES (1, 0, " + threeDaysAgo + ")");
            st.executeUpdate("UPDATE city_outbox SET at = " + threeDaysAgo);
        }
        Command.Run run = doctor("yes", "--port", Integer.toString(freePort()), "--mqtt-port", Integer.toString(freePort()));
        assertEquals(0, run.exitCode(), "a hall cut off from its hub runs on: a warning only\n" + run.out());
        String city = run.outLines().stream().filter(l -> l.startsWith("WARN city ")).findFirst().orElseThrow(() ->
                new AssertionError(run.out()));
        assertTrue(city.matches("WARN city +[0-9,]+ events wait for the city hub since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "
                + "\\(last acknowledged .*"), city);
    }

    @Test
    void noConfigurationAndAFileWhereTheDataFolderShouldBe_fail() throws Exception {
        Files.createDirectories(work);
        Files.writeString(data, "not a folder");
        Command.Run run = Command.controller(work.resolve("run"), Map.of("PATH", fakeTimedatectl("yes")), "doctor",
                "--config", work.resolve("missing.yml").toString(), "--data", data.toString(), "--port",
                Integer.toString(freePort()), "--mqtt-port", Integer.toString(freePort()));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).startsWith("FAIL config   " + work.resolve("missing.yml")), lines.get(0));
        assertTrue(lines.get(1).startsWith("FAIL data     " + data.toAbsolutePath() + " cannot be created"), lines.get(1));
        assertTrue(run.out().contains("WARN backups  not checked: the configuration did not load"), run.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("2 check(s) failed"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aDataFolderThisUserMayNotWriteIn_fails() throws Exception {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeFalse(Files.isWritable(data), "as root every folder is writable: the case above stands in");
            Command.Run run = doctor("yes", "--port", Integer.toString(freePort()), "--mqtt-port",
                    Integer.toString(freePort()));
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("FAIL data     " + data.toAbsolutePath() + " is not writable by this user"),
                    run.out());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anOldBackupOpenSecretsABusyPortNoBrokerAnUnsynchronisedClockAndADamagedDatabase_fail() throws Exception {
        hallFile = demoHallWithDevices(work.resolve("config"), work.resolve("ttyUSB9").toString());
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0))) {
            Http http = Http.manager(c.httpPort());
            for (int i = 0; i < 30; i++) {
                http.issue("HJ", null);
            }
        }
        Path taken = new Backups(new SqliteBackup()).take(data, "yunshan-center", hallFile, data.resolve("backups"),
                Clock.systemUTC().instant().minus(Duration.ofDays(9)), TestHall.ZONE).archive();
        assertTrue(Files.exists(taken));
        Files.setPosixFilePermissions(data.resolve("secrets/person-key"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data.resolve("secrets"), PosixFilePermissions.fromString("rwxr-xr-x"));
        damage(data.resolve("hallq.db"));
        Files.setPosixFilePermissions(data.resolve("hallq.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (ServerSocket other = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Command.Run run = doctor("no", "--port", Integer.toString(other.getLocalPort()), "--broker",
                    "tcp://127.0.0.1:" + freePort());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            String out = run.out();
            assertTrue(out.contains("FAIL secrets  readable by others than the owner: hallq.db, secrets, secrets/person-key: "
                    + "chmod 600"), out);
            assertTrue(out.contains("FAIL database " + data.resolve("hallq.db")), out);
            assertTrue(out.contains("FAIL backups  " + taken.getFileName() + " is 9 days old (over 7 days)"), out);
            assertTrue(out.contains("FAIL ports    HTTP port 127.0.0.1:" + other.getLocalPort()
                    + " is in use by another program"), out);
            assertTrue(out.contains("FAIL broker   tcp://127.0.0.1:"), out);
            assertTrue(out.contains("WARN serial   kiosk-1-printer on " + work.resolve("ttyUSB9") + ": not on this machine"),
                    out);
            assertTrue(out.contains("FAIL clock    not synchronised: timedatectl set-ntp true"), out);
            assertEquals("", run.err());
        }
    }

    private Command.Run doctor(String ntp, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("doctor", "--config", hallFile.toString(), "--data", data.toString()));
        args.addAll(List.of(more));
        return Command.controller(work.resolve("run"), Map.of("PATH", fakeTimedatectl(ntp)), args.toArray(String[]::new));
    }

    /** A PATH whose first folder has a timedatectl that answers {@code answer}. */
    private String fakeTimedatectl(String answer) throws IOException {
        Path bin = Files.createDirectories(work.resolve("bin-" + answer));
        Path tool = bin.resolve("timedatectl");
        Files.writeString(tool, "#!/bin/sh\necho " + answer + "\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return bin + ":" + System.getenv("PATH");
    }

    /** The demo hall (with its calendar and guides) in {@code dir}, its serial devices on {@code port}. */
    private static Path demoHallWithDevices(Path dir, String port) throws IOException {
        Path from = TestHall.DEMO.getParent();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path hall = dir.resolve("demo-hall.yml");
        Files.writeString(hall, Files.readString(hall).replaceAll("port: /dev/ttyUSB\\d", "port: " + port));
        return hall;
    }

    @Test
    void theOpenFilesOfAnEarlierRelease_areTheOwnersOnlyAfterAStart() throws Exception {
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 0))) {
            Http.manager(c.httpPort()).issue("HJ", null);
        }
        for (String f : List.of("hallq.db", "secrets/person-key")) {
            Files.setPosixFilePermissions(data.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(data.resolve("secrets"), PosixFilePermissions.fromString("rwxr-xr-x"));
        try (Controller c = TestHall.start(data, MutableClock.mondayAt(10, 5))) {
            Http.manager(c.httpPort()).issue("HJ", null);
            for (String f : List.of("hallq.db", "hallq.db-wal", "hallq.db-shm")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(f))), f);
            }
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secrets"))));
        }
    }

    /** Overwrites the header of the file's second page (the root of the first table, tickets) with noise. */
    private static void damage(Path db) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096);
            f.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x42, 0x42, 0x42, 0x42});
        }
    }

    private static List<String> checks(List<String> lines) {
        return lines.subList(0, lines.size() - 1).stream().map(l -> l.substring(5).split(" +")[0]).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
