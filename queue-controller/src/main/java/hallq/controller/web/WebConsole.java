package hallq.controller.web;

import hallq.controller.auth.AuditLog;
import hallq.controller.auth.Authenticator;
import hallq.controller.auth.PasswordHasher;
import hallq.controller.auth.Sessions;
import hallq.controller.auth.SqliteAuditLog;
import hallq.controller.auth.SqliteSessionStore;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.service.QueueService;
import hallq.controller.service.WaitHistory;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web side of the controller: staff login and permissions, the live feed and the pages for
 * citizens, clerks and managers. Plugged into the HTTP API's configuration.
 */
public final class WebConsole implements AutoCloseable {
    /** A session ends after this long without a request, and after a working day in any case. */
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration LONGEST = Duration.ofHours(12);
    private static final Logger LOG = LoggerFactory.getLogger(WebConsole.class);
    private final StaffGate gate;
    private final AuthRoutes auth;
    private final LiveFeed live;
    private final ConsoleRoutes console;
    private final Pages pages = new Pages();
    private List<AutoCloseable> owned = List.of();
    private Path firstRunPasswordFile;

    /** {@code hallClock} stamps audit rows like every other record; sessions run on the authenticator's clock. */
    public WebConsole(QueueService service, Authenticator authenticator, AuditLog audit, InstantSource hallClock,
                      WaitHistory waits, KioskLogins kiosks) {
        this.gate = new StaffGate(authenticator.sessions(), authenticator.directory(), audit, hallClock, kiosks);
        this.auth = new AuthRoutes(authenticator, audit, hallClock,
                java.time.ZoneId.of(service.config().hall().timezone()));
        this.live = new LiveFeed(service, authenticator.sessions());
        this.console = new ConsoleRoutes(service, waits);
    }

    /**
     * The controller's web side on its data folder: {@code staff.yml} (created with a manager account
     * on a first run) and the audit table in {@code hallq.db}, whose migrations must have run.
     */
    public static WebConsole open(QueueService service, Path dataDir, InstantSource hallClock, KioskLogins kiosks)
            throws SQLException {
        StaffDirectory staff = StaffDirectory.open(dataDir);
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_COST);
        Optional<Path> first = staff.bootstrap(hasher);
        first.ifPresent(p -> LOG.warn("first run: manager account '{}' created; its password is in {} (readable by this "
                + "user only)", StaffDirectory.FIRST_MANAGER, p.toAbsolutePath()));
        SqliteAuditLog audit = new SqliteAuditLog(dataDir.resolve("hallq.db"));
        WaitHistory waits = WaitHistory.start(service, dataDir.resolve("hallq.db"));
        InstantSource wall = InstantSource.system();
        SqliteSessionStore sessions = new SqliteSessionStore(dataDir.resolve("hallq.db"));
        WebConsole web = new WebConsole(service, new Authenticator(staff, hasher,
                new Sessions(wall, IDLE, LONGEST, sessions), wall), audit, hallClock, waits, kiosks);
        web.owned = List.of(waits, audit, sessions);
        web.firstRunPasswordFile = first.orElse(null);
        return web;
    }

    /** Where the first manager password was written on this start, or null when accounts existed. */
    public Path firstRunPasswordFile() {
        return firstRunPasswordFile;
    }

    public void register(JavalinConfig cfg) {
        gate.register(cfg);
        auth.register(cfg);
        live.register(cfg);
        console.register(cfg);
        pages.register(cfg);
    }

    @Override
    public void close() {
        live.close();
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", c.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
