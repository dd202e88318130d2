package hallq.controller.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a backup holds, written first in the archive as {@value #NAME}: the hall, the database's
 * schema version, its highest ticket id, the latest business day and its highest number of each
 * prefix, the latest instant stored (hall time), the highest city outbox seq, when it was taken, and
 * every other entry with its size and SHA-256.
 */
public record Manifest(int format, String hallId, Instant createdAt, int schemaVersion, long highestTicketId,
                       LocalDate businessDay, List<String> lastNumbers, Instant lastRecordAt, long outboxHighest,
                       List<Entry> entries) {
    public static final String NAME = "manifest.json";
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = Json.strict();

    public record Entry(String name, long size, String sha256) {
    }

    public Manifest {
        lastNumbers = lastNumbers == null ? List.of() : List.copyOf(lastNumbers);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    static Manifest of(String hallId, Instant createdAt, HallDatabase.Facts facts, List<Entry> entries) {
        return new Manifest(FORMAT, hallId, createdAt, facts.schemaVersion(), facts.highestTicketId(),
                facts.businessDay(), facts.lastNumbers(), facts.lastRecordAt(), facts.outboxHighest(), entries);
    }

    byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifest parse(byte[] json) throws BackupException {
        try {
            Manifest m = JSON.readValue(json, Manifest.class);
            if (m.format() != FORMAT || m.hallId() == null) {
                throw new BackupException("its manifest is not one this release reads (format " + m.format() + ")");
            }
            return m;
        } catch (IOException e) {
            throw new BackupException("its manifest is unreadable", e);
        }
    }

    Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
