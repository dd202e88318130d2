package hallq.city.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's PostgreSQL: by default a private server (cluster) in the data folder, started and
 * stopped with the hub; or an external server by JDBC URL. Migrated with Flyway on open; connections
 * from a small pool.
 */
public final class HubDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubDatabase.class);
    private final EmbeddedPostgres server;
    private final HikariDataSource pool;
    private final String description;

    private HubDatabase(EmbeddedPostgres server, HikariDataSource pool, String description) {
        this.server = server;
        this.pool = pool;
        this.description = description;
    }

    /**
     * Starts (or resumes) the private cluster in {@code dataDir/pg} on a free loopback port; when the
     * hub is already running on it, uses that server instead (so {@code ./hall city hall add} works
     * while the hub serves).
     */
    public static HubDatabase privateCluster(Path dataDir) throws IOException {
        Path cluster = dataDir.resolve("pg");
        Integer running = runningPort(cluster);
        if (running != null) {
            String url = "jdbc:postgresql://127.0.0.1:" + running + "/postgres";
            HubDatabase db = new HubDatabase(null, pool(url, "postgres", null), "the running private PostgreSQL cluster in "
                    + cluster + " on port " + running);
            db.migrate();
            return db;
        }
        Path binaries = dataDir.resolve("pg-bin");
        Files.createDirectories(binaries);
        // durable, unlike the library's test defaults (fsync and synchronous commit off): the hub acknowledges
        // a batch only once it is on disk (docs/decisions.md D22)
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile()).setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start();
        try {
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
            HubDatabase db = new HubDatabase(pg, pool(url, "postgres", null), "private PostgreSQL cluster in "
                    + cluster + " on port " + pg.getPort());
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** The port of a server running on {@code cluster} (line 4 of its postmaster.pid) that answers, or null. */
    private static Integer runningPort(Path cluster) {
        Path pid = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(pid);
            int port = Integer.parseInt(lines.get(3).trim());
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null)) {
                return c.isValid(3) ? port : null;
            }
        } catch (IOException | RuntimeException | SQLException e) {
            return null; // a pid file left by a server that is gone: start one
        }
    }

    /** An external server: {@code jdbc:postgresql://host:port/db}, user and password (either may be null). */
    public static HubDatabase external(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--db: a jdbc:postgresql://host:port/database URL, not " + url);
        }
        HubDatabase db = new HubDatabase(null, pool(url, user, password), "PostgreSQL at " + url);
        db.migrate();
        return db;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setUsername(user);
        c.setPassword(password);
        c.setMaximumPoolSize(8);
        c.setPoolName("hub-db");
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        c.setInitializationFailTimeout(10_000);
        return new HikariDataSource(c);
    }

    private void migrate() {
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/hub").loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        LOG.info("city hub database: {}", description);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("stopping the private PostgreSQL cluster: {}", e.getMessage());
            }
        }
    }
}
