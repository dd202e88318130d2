package hallq.city.store;

import java.sql.SQLException;

/** The database failed (not the caller's mistake): a 503 that says what the hub was doing. */
public final class StoreFailure extends RuntimeException {
    private StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreFailure of(String doing, SQLException e) {
        return new StoreFailure(doing + " failed: " + e.getMessage(), e);
    }
}
