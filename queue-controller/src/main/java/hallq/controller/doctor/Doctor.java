package hallq.controller.doctor;

import hallq.controller.backup.DataFolderLock;
import hallq.controller.backup.Retention;
import hallq.protocol.config.ConfigException;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.config.ServiceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ./hall controller doctor}: checks a hall's installation, one finding per check. It reads and
 * measures only: it opens no device, binds a port only to see that it is free (and closes it), and
 * writes nothing but a probe file it deletes again.
 */
public final class Doctor {
    /** Where and how the controller is to run: its configuration, data folder and addresses. */
    public record Target(Path config, Path data, String host, int httpPort, int mqttPort, String brokerUrl) {
    }

    private final DatabaseProbe database;
    private final int releaseVersion;

    /** {@code releaseVersion}: the newest schema this release knows. */
    public Doctor(DatabaseProbe database, int releaseVersion) {
        this.database = database;
        this.releaseVersion = releaseVersion;
    }

    public List<Finding> examine(Target t, Instant now) {
        List<Finding> out = new ArrayList<>();
        HallConfig hall = load(t.config(), out);
        Path data = t.data();
        boolean exists = Files.isDirectory(data);
        Path nearest = Probes.existing(data);
        out.add(FolderJudgements.dataFolder(data, exists, nearest != null && Probes.canCreateIn(nearest, data)));
        List<Path> secrets = exists ? Probes.secrets(data) : List.of();
        out.add(FolderJudgements.secrets(secrets.size(), Probes.notOwnerOnly(data, secrets)));
        Path db = data.resolve("hallq.db");
        DatabaseFacts facts = null;
        if (Files.isRegularFile(db)) {
            try {
                facts = database.measure(db);
                out.add(FolderJudgements.database(db, facts, releaseVersion));
            } catch (IOException e) {
                out.add(Finding.fail("database", db + " cannot be read as a hall database (" + e.getMessage()
                        + "): restore the latest backup (./hall controller restore FILE)"));
            }
        } else {
            out.add(FolderJudgements.database(db, null, releaseVersion));
        }
        if (facts != null) {
            out.addAll(ExportJudgements.judge(facts, hall == null ? ZoneId.of("Asia/Shanghai") // the configuration's default
                    : ZoneId.of(hall.hall().timezone()), now));
        }
        Optional<Path> newest = hall == null ? Optional.empty() : newestBackup(data.resolve("backups"), hall.hall().id());
        out.add(disk(nearest, facts, hall, newest));
        if (hall == null) {
            out.add(Finding.warn("backups", "not checked: the configuration did not load (it names the hall)"));
        } else {
            ZoneId zone = ZoneId.of(hall.hall().timezone());
            Optional<Duration> age = newest.map(p -> Duration.between(
                    Retention.takenAt(p.getFileName().toString(), hall.hall().id()).atZone(zone).toInstant(), now));
            out.add(FolderJudgements.backups(data.resolve("backups"), age,
                    newest.map(p -> p.getFileName().toString()).orElse(null), facts != null && facts.tickets() > 0));
        }
        out.addAll(ports(t));
        if (hall == null) {
            out.add(Finding.warn("serial", "not checked: the configuration did not load (it names the devices)"));
        } else {
            out.addAll(serial(hall.devices()));
        }
        String[] why = {""};
        out.add(HostJudgements.clock(Probes.ntpSynchronized(why), why[0]));
        return out;
    }

    /** The configuration, or null once the finding says why not. */
    private static HallConfig load(Path file, List<Finding> out) {
        try {
            HallConfig hall = new HallConfigLoader().load(file);
            out.add(FolderJudgements.config(file, "hall " + hall.hall().id() + ", " + hall.services().size()
                    + " services, " + hall.windows().size() + " windows", null));
            return hall;
        } catch (ConfigException e) {
            out.add(FolderJudgements.config(file, null, e.getMessage()));
        } catch (RuntimeException e) {
            out.add(FolderJudgements.config(file, null, file + ": " + e));
        }
        return null;
    }

    private static Finding disk(Path nearest, DatabaseFacts facts, HallConfig hall, Optional<Path> newest) {
        if (nearest == null) {
            return Finding.fail("disk", "no folder of the data folder's path exists to measure");
        }
        try {
            long free = Files.getFileStore(nearest).getUsableSpace();
            long dbBytes = facts == null ? 0 : facts.bytes();
            double ratio = 0.25; // a zipped copy of a hall database, measured (docs/operations.md)
            if (newest.isPresent() && dbBytes > 0) {
                ratio = Math.min(1, Math.max(0.05, Files.size(newest.get()) / (double) dbBytes));
            }
            HostJudgements.Growth g = HostJudgements.growth(facts == null ? 0 : facts.tickets(),
                    facts == null ? 0 : facts.ticketDays(), dbBytes, expectedPerDay(hall),
                    Retention.DEFAULT.daily() + Retention.DEFAULT.monthly(), ratio);
            return HostJudgements.disk(free, dbBytes, g);
        } catch (IOException e) {
            return Finding.warn("disk", "cannot measure the free space of " + nearest + ": " + e.getMessage());
        }
    }

    /** Until the database can tell: the services' daily caps, 200 for a service without one. */
    static long expectedPerDay(HallConfig hall) {
        if (hall == null) {
            return 1_000;
        }
        long sum = 0;
        for (ServiceConfig s : hall.services()) {
            sum += s.dailyCap() != null && s.dailyCap() > 0 ? s.dailyCap() : 200;
        }
        return sum;
    }

    private static Optional<Path> newestBackup(Path folder, String hallId) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Retention.takenAt(p.getFileName().toString(), hallId) != null)
                    .max((a, b) -> takenAt(a, hallId).compareTo(takenAt(b, hallId)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static LocalDateTime takenAt(Path p, String hallId) {
        return Retention.takenAt(p.getFileName().toString(), hallId);
    }

    private static List<Finding> ports(Target t) {
        Optional<Map<String, String>> holder;
        try {
            holder = Files.isDirectory(t.data()) ? DataFolderLock.holder(t.data()) : Optional.empty();
        } catch (IOException e) {
            holder = Optional.empty();
        }
        List<Finding> out = new ArrayList<>();
        out.add(HostJudgements.port("HTTP", t.host(), t.httpPort(), t.httpPort() == 0
                || Probes.portFree(t.host(), t.httpPort()), holder, "http"));
        if (t.brokerUrl() == null) {
            out.add(HostJudgements.port("embedded MQTT broker", t.host(), t.mqttPort(), t.mqttPort() == 0
                    || Probes.portFree(t.host(), t.mqttPort()), holder, "mqtt"));
        } else {
            out.add(HostJudgements.broker(t.brokerUrl(), Probes.connect(t.brokerUrl())));
        }
        return out;
    }

    private static List<Finding> serial(List<DeviceConfig> devices) {
        List<Finding> out = new ArrayList<>();
        for (DeviceConfig d : devices) {
            if (d == null || d.port() == null || d.port().isBlank()) {
                continue;
            }
            Path p = Path.of(d.port());
            boolean exists = Files.exists(p);
            out.add(HostJudgements.serial(d.id(), d.port(), exists, exists && Probes.characterDevice(p),
                    exists && Files.isReadable(p) && Files.isWritable(p)));
        }
        if (out.isEmpty()) {
            out.add(Finding.ok("serial", "no serial devices in the configuration"));
        }
        return out;
    }
}
