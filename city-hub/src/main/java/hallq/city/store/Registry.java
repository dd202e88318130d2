package hallq.city.store;

import at.favre.lib.crypto.bcrypt.BCrypt;
import hallq.city.core.HallEntry;
import hallq.city.core.HubProblem;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry of halls (table {@code halls}): who they are, where in the four levels, and each
 * hall's login (bcrypt), with which its relay sends its events.
 */
public final class Registry {
    /** The hub's bcrypt cost; a relay's login is checked once and then remembered (HallLogins). */
    private static final int COST = 10;
    public static final int MIN_PASSWORD = 12;
    private final HubDatabase db;

    public Registry(HubDatabase db) {
        this.db = db;
    }

    /** A hall with its password hash, for the login check. */
    public record Login(HallEntry hall, String passwordHash) {
    }

    public void add(HallEntry hall, char[] password) {
        checkPassword(password);
        add(hall, BCrypt.withDefaults().hashToString(COST, password));
    }

    /**
     * Registers a hall whose password is already a bcrypt hash (a registry brought over from another
     * hub, or the benchmark's thousands of halls, which would otherwise spend minutes hashing).
     */
    public void add(HallEntry hall, String passwordHash) {
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw HubProblem.invalid("password hash: a bcrypt hash ($2a$…)");
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            if (find(c, hall.id()).isPresent()) {
                throw new HubProblem(409, "CONFLICT", "hall " + hall.id() + " is already registered");
            }
            checkParent(c, hall);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO halls (id, name, level, parent, lat, lon, timezone, "
                    + "password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, hall.id());
                ps.setString(2, hall.name());
                ps.setString(3, hall.level().name());
                ps.setString(4, hall.parent());
                setDouble(ps, 5, hall.lat());
                setDouble(ps, 6, hall.lon());
                ps.setString(7, hall.timezone());
                ps.setString(8, passwordHash);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hall_links (hall_id) VALUES (?)")) {
                ps.setString(1, hall.id());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw StoreFailure.of("registering hall " + hall.id(), e);
        }
    }

    private static void checkParent(Connection c, HallEntry hall) throws SQLException {
        if (hall.parent() == null) {
            if (hall.level() != HallEntry.Level.CITY) {
                throw HubProblem.invalid("parent: a " + hall.level().name().toLowerCase() + " hall needs the hall above it");
            }
            return;
        }
        HallEntry parent = find(c, hall.parent()).map(Login::hall)
                .orElseThrow(() -> HubProblem.invalid("parent: no hall " + hall.parent() + " is registered"));
        if (parent.level().ordinal() >= hall.level().ordinal()) {
            throw HubProblem.invalid("parent: " + parent.id() + " is a " + parent.level().name().toLowerCase()
                    + " hall, not above a " + hall.level().name().toLowerCase() + " hall");
        }
    }

    public List<HallEntry> list() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, level, parent, lat, lon, timezone, password_hash "
                     + "FROM halls ORDER BY id");
             ResultSet r = ps.executeQuery()) {
            List<HallEntry> out = new ArrayList<>();
            while (r.next()) {
                out.add(row(r).hall());
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("listing the halls", e);
        }
    }

    public Optional<Login> login(String id) {
        if (!HallEntry.validId(id)) {
            return Optional.empty(); // no such hall can exist; nothing to ask the database
        }
        try (Connection c = db.connection()) {
            return find(c, id);
        } catch (SQLException e) {
            throw StoreFailure.of("reading hall " + id, e);
        }
    }

    public void passwd(String id, char[] password) {
        checkPassword(password);
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("UPDATE halls SET password_hash = ? WHERE id = ?")) {
            ps.setString(1, BCrypt.withDefaults().hashToString(COST, password));
            ps.setString(2, id);
            if (ps.executeUpdate() == 0) {
                throw new HubProblem(404, "NOT_FOUND", "no hall " + id + " is registered");
            }
        } catch (SQLException e) {
            throw StoreFailure.of("changing the password of hall " + id, e);
        }
    }

    /** Removes a hall that has no halls under it and has sent no events (its records stay the city's). */
    public void remove(String id) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            if (find(c, id).isEmpty()) {
                throw new HubProblem(404, "NOT_FOUND", "no hall " + id + " is registered");
            }
            if (exists(c, "SELECT 1 FROM halls WHERE parent = ?", id)) {
                throw new HubProblem(409, "CONFLICT", "hall " + id + " has halls under it: move or remove them first");
            }
            if (exists(c, "SELECT 1 FROM hall_links WHERE hall_id = ? AND watermark > 0", id)) {
                throw new HubProblem(409, "CONFLICT", "hall " + id + " has sent events, which are the city's records:"
                        + " it cannot be removed (change its password to shut it out)");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM halls WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw StoreFailure.of("removing hall " + id, e);
        }
    }

    private static boolean exists(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Optional<Login> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, level, parent, lat, lon, timezone, password_hash "
                + "FROM halls WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(row(r)) : Optional.empty();
            }
        }
    }

    private static Login row(ResultSet r) throws SQLException {
        double lat = r.getDouble(5);
        Double latitude = r.wasNull() ? null : lat;
        double lon = r.getDouble(6);
        Double longitude = r.wasNull() ? null : lon;
        return new Login(new HallEntry(r.getString(1), r.getString(2), HallEntry.Level.valueOf(r.getString(3)),
                r.getString(4), latitude, longitude, r.getString(7)), r.getString(8));
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    /** A password a hall or staff account may have: at least {@value #MIN_PASSWORD} characters, at most bcrypt's 72 bytes. */
    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD || !fitsBcrypt(password)) {
            throw HubProblem.invalid("password: " + MIN_PASSWORD + " characters or more, at most 72 bytes in UTF-8 "
                    + "(24 Chinese characters)");
        }
    }

    /** Whether bcrypt can take the password at all (72 bytes of UTF-8); a longer one matches no account. */
    public static boolean fitsBcrypt(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() <= 72;
    }
}
