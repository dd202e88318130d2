package hallq.controller.bench;

import hallq.controller.adapter.sqlite.Migrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the controller's start pays for its schema on an up-to-date database, each sample in a JVM of
 * its own (a start is a cold JVM): Flyway's migrate (scan, validate, nothing to do) against
 * {@link Migrations#upToDate}'s check. The SQLite driver is loaded before the clock starts (the
 * store needs it either way). {@code java -cp … hallq.controller.bench.MigrationBench [ROUNDS]}.
 */
public final class MigrationBench {
    private MigrationBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--once")) {
            System.out.println(once(args[1], Path.of(args[2])));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("migration-bench-");
        Path db = dir.resolve("hallq.db");
        Migrations.upToDate(db);
        List<Long> flyway = new ArrayList<>();
        List<Long> check = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            flyway.add(child("flyway", db));
            check.add(child("check", db));
        }
        System.out.printf("schema %d, %d rounds, a cold JVM each%n  Flyway migrate, up to date: %s ms, median %d%n"
                + "  schema check:               %s ms, median %d%n", Migrations.releaseVersion(), rounds, flyway,
                median(flyway), check, median(check));
    }

    private static long once(String what, Path db) throws Exception {
        Migrations.version(db); // loads the driver and its native library
        long start = System.nanoTime();
        if (what.equals("flyway")) {
            Migrations.migrate(db, null);
        } else {
            Migrations.upToDate(db);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long child(String what, Path db) throws Exception {
        Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                "-Dhallq.log.level=warn", MigrationBench.class.getName(), "--once", what,
                db.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(what + " failed: " + out);
        }
        return Long.parseLong(out.lines().reduce((a, b) -> b).orElseThrow());
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
