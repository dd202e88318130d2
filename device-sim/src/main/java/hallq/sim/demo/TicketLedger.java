package hallq.sim.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every ticket a citizen took home from a demo kiosk, one line each ({@code date number url kiosk})
 * appended to a file in the data folder, so a restarted demo still knows them for its summary.
 */
final class TicketLedger {
    /** A ticket in a citizen's hand; {@code url} is what its QR code says. */
    record Entry(LocalDate date, String number, String url, String kiosk) {
        String token() {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }

    private final Path file;

    TicketLedger(Path file) {
        this.file = file;
    }

    synchronized void add(Entry e) {
        String line = e.date() + " " + e.number() + " " + e.url() + " " + e.kiosk() + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot record ticket " + e.number() + " in " + file, ex);
        }
    }

    synchronized List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split(" ");
                if (f.length == 4) {
                    out.add(new Entry(LocalDate.parse(f[0]), f[1], f[2], f[3]));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return out;
    }

    List<Entry> on(LocalDate date) {
        return all().stream().filter(e -> e.date().equals(date)).toList();
    }
}
