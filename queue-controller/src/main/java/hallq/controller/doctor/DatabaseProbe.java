package hallq.controller.doctor;

import java.io.IOException;
import java.nio.file.Path;

/** Measures the hall's database for doctor (the SQLite adapter does it, reading only). */
public interface DatabaseProbe {
    /** What {@code file}, an existing file, holds; IOException when it cannot be read as a hall database. */
    DatabaseFacts measure(Path file) throws IOException;
}
