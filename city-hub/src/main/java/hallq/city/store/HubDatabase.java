package hallq.city.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

    /** Starts (or resumes) the private cluster in {@code dataDir/pg} on a free loopback port. */
    public static HubDatabase privateCluster(Path dataDir) throws IOException {
        Path cluster = dataDir.resolve("pg");
        Path binaries = dataDir.resolve("pg-bin");
        Files.createDirectories(binaries);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile()).start();
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
