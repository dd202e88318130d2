package hallq.city.store;

import at.favre.lib.crypto.bcrypt.BCrypt;
import hallq.city.core.HubProblem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The city office's staff accounts (table {@code city_staff}, bcrypt), who may read the city's views. */
public final class StaffStore {
    private static final String NAME = "[a-z0-9._-]{1,40}";
    private static final int COST = 10;
    private final HubDatabase db;

    public StaffStore(HubDatabase db) {
        this.db = db;
    }

    public void add(String name, char[] password) {
        checkName(name);
        Registry.checkPassword(password);
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO city_staff (name, password_hash) VALUES (?, ?) "
                     + "ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, name);
            ps.setString(2, BCrypt.withDefaults().hashToString(COST, password));
            if (ps.executeUpdate() == 0) {
                throw new HubProblem(409, "CONFLICT", "there is already a city staff account " + name);
            }
        } catch (SQLException e) {
            throw StoreFailure.of("adding city staff " + name, e);
        }
    }

    public void passwd(String name, char[] password) {
        Registry.checkPassword(password);
        change(name, "UPDATE city_staff SET password_hash = ? WHERE name = ?",
                BCrypt.withDefaults().hashToString(COST, password));
    }

    public void remove(String name) {
        change(name, "DELETE FROM city_staff WHERE name = ?");
    }

    /** Runs {@code sql} with {@code values} then the name as its parameters; an account that is not there is a 404. */
    private void change(String name, String sql, String... values) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.setString(values.length + 1, name);
            if (ps.executeUpdate() == 0) {
                throw new HubProblem(404, "NOT_FOUND", "no city staff account " + name);
            }
        } catch (SQLException e) {
            throw StoreFailure.of("changing city staff " + name, e);
        }
    }

    public List<String> list() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT name FROM city_staff ORDER BY name");
             ResultSet r = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw StoreFailure.of("listing city staff", e);
        }
    }

    /** The password hash of an account, for the login check. */
    public Optional<String> hash(String name) {
        if (name == null || !name.matches(NAME)) {
            return Optional.empty(); // no such account can exist; nothing to ask the database
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM city_staff WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreFailure.of("reading city staff " + name, e);
        }
    }

    private static void checkName(String name) {
        if (name == null || !name.matches(NAME)) {
            throw HubProblem.invalid("name: 1 to 40 of a-z, 0-9, '.', '_' and '-', not " + name);
        }
    }
}
