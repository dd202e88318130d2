package hallq.controller.adapter.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.core.ProvincialRating;
import hallq.controller.service.RatingSink;
import hallq.protocol.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default 好差评 sink: a file drop of JSON lines, one file per business day
 * ({@code haochaping-2026-12-03.jsonl}), for the platform's own collector to pick up. Each batch is
 * appended and forced to disk before it counts as delivered. A record already in its file is not
 * written again (each file's record ids are read the first time it is touched), and a last line
 * left half-written by a crash is cut off before anything is appended.
 */
public final class FileRatingSink implements RatingSink {
    private static final ObjectMapper JSON = Json.strict();
    private final Path dir;
    private final Map<Path, Set<String>> held = new HashMap<>();

    public FileRatingSink(Path dir) {
        this.dir = dir;
    }

    @Override
    public String name() {
        return "file";
    }

    /** The file of a business day. */
    public Path file(java.time.LocalDate day) {
        return dir.resolve("haochaping-" + day + ".jsonl");
    }

    @Override
    public synchronized void deliver(List<ProvincialRating> records) throws IOException {
        Files.createDirectories(dir);
        Map<Path, StringBuilder> lines = new LinkedHashMap<>();
        Map<Path, Set<String>> adding = new HashMap<>();
        for (ProvincialRating r : records) {
            Path f = file(r.businessDate());
            Set<String> ids = held(f);
            if (ids.contains(r.recordId()) || !adding.computeIfAbsent(f, k -> new HashSet<>()).add(r.recordId())) {
                continue;
            }
            lines.computeIfAbsent(f, k -> new StringBuilder()).append(JSON.writeValueAsString(r)).append('\n');
        }
        for (Map.Entry<Path, StringBuilder> e : lines.entrySet()) {
            try (FileChannel ch = FileChannel.open(e.getKey(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer b = ByteBuffer.wrap(e.getValue().toString().getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            held.get(e.getKey()).addAll(adding.get(e.getKey()));
        }
    }

    /** The record ids in {@code f}, read once; a half-written last line is cut off first. */
    private Set<String> held(Path f) throws IOException {
        Set<String> ids = held.get(f);
        if (ids != null) {
            return ids;
        }
        ids = new HashSet<>();
        if (Files.exists(f)) {
            byte[] bytes = Files.readAllBytes(f);
            int whole = bytes.length;
            while (whole > 0 && bytes[whole - 1] != '\n') {
                whole--;
            }
            if (whole < bytes.length) {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.truncate(whole);
                    ch.force(true);
                }
            }
            for (String line : new String(bytes, 0, whole, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    ids.add(n.path("recordId").asText());
                }
            }
        }
        held.put(f, ids);
        return ids;
    }
}
