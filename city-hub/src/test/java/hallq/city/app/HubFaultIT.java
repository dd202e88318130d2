package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.city.core.HallEntry;
import hallq.city.store.HubDatabase;
import hallq.controller.adapter.sqlite.SqliteOutbox;
import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.service.CityRelay;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The hub's PostgreSQL server restarted under a hall that keeps issuing: the relay's batches fail
 * while it is away (503, nothing stored), are resent from what the hub holds once it is back, and
 * afterwards the hub holds the hall's events exactly — none missing, none twice — and every rollup
 * equals a recomputation from the raw events it holds.
 */
class HubFaultIT {
    private static final String PASSWORD = "a hall password 1";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final Path hubDir = TestDirs.fresh("hub-fault");
    private final Path hallDir = TestDirs.fresh("hall-fault");
    private final HallConfig config = new HallConfigLoader().load(Path.of("../config/demo-hall.yml"));
    private Hub hub;
    private Controller hall;

    private Process postgres; // the server as this test started it again, stopped by the test

    @AfterEach
    void stop() throws Exception {
        if (hall != null) {
            hall.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (postgres != null) {
            postgres.destroy(); // SIGTERM: PostgreSQL's smart shutdown, the pool is closed already
            postgres.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void postgresRestartedWhileTheHallIssues_nothingLostNothingTwice_andTheRollupsMatchTheRawEvents() throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(hubDir), "127.0.0.1", 0, InstantSource.system());
        hub.registry().add(new HallEntry("city", "市中心", HallEntry.Level.CITY, null, null, null, null), PASSWORD.toCharArray());
        hub.registry().add(new HallEntry(config.hall().id(), config.hall().name(), HallEntry.Level.DISTRICT, "city", null,
                null, null), PASSWORD.toCharArray());
        CityRelay.Settings fast = new CityRelay.Settings(40, Duration.ofMillis(20), Duration.ofMillis(500),
                Duration.ofMillis(300), Duration.ofDays(30));
        hall = Controller.start(new Controller.Settings(config, hallDir, "127.0.0.1", 0, null, 0, InstantSource.system(),
                false).withCity(new Controller.CityLink(hub.url(), PASSWORD, fast)));
        try (Connection c = hub.database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            r.next();
            assertEquals("on,on", r.getString(1) + "," + r.getString(2), "an acknowledged batch is on disk");
        }
        issue(60);
        await().atMost(WAIT).until(() -> held() == highest());

        Thread issuing = new Thread(() -> issue(200), "issuing");
        issuing.start();
        crashAndRestartPostgres();
        issuing.join();
        for (int w : new int[] {5, 6, 18}) {
            for (int i = 0; i < 5; i++) {
                hall.service().windows().act(WindowCommand.of(w, WindowAction.CALL_NEXT, "clerk" + w));
                hall.service().windows().act(WindowCommand.of(w, WindowAction.START, "clerk" + w));
                hall.service().windows().act(WindowCommand.of(w, WindowAction.COMPLETE, "clerk" + w));
            }
        }
        await().atMost(WAIT).until(() -> hall.cityStatus().problem() == null && held() == highest());

        HubChecks.holdsExactly(hub.database(), config.hall().id(), highest());
        HubChecks.rollupsMatchRawEvents(hub.database(), config.hall().id(), ZoneId.of(config.hall().timezone()));
    }

    private void issue(int n) {
        String[] services = {"HJ", "SB", "SW"};
        for (int i = 0; i < n; i++) {
            hall.service().tickets().issue(new IssueTicketRequest(services[i % 3], null, null, null, null, null),
                    "device:kiosk-1");
        }
    }

    private long held() {
        return hub.events().ack(config.hall().id()).watermark();
    }

    private long highest() throws Exception {
        try (SqliteOutbox outbox = SqliteOutbox.open(hallDir.resolve("hallq.db"))) {
            return outbox.highest();
        }
    }

    /**
     * Kills the hub's PostgreSQL server (kill -9 of the postmaster, as a crash) and starts it again on
     * the same data folder and port, with the command line it ran with (under {@code unshare -U} as
     * root, as the embedded server runs). A new postmaster refuses to start while the killed one's
     * backends still hold its shared memory: it is started again until it serves.
     */
    private Process crashAndRestartPostgres() throws Exception {
        Path cluster = hubDir.resolve("pg");
        long pid = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        List<String> command = new ArrayList<>(List.of(Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0")));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(0, List.of("unshare", "-U"));
        }
        int port = Integer.parseInt(Files.readAllLines(cluster.resolve("postmaster.pid")).get(3).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await().atMost(WAIT).until(() -> {
            if (postgres == null || !postgres.isAlive()) {
                postgres = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(hubDir.resolve("postgres.log").toFile())).start();
            }
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", null)) {
                return c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        });
        return postgres;
    }
}
