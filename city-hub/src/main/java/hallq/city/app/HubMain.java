package hallq.city.app;

import hallq.city.core.HallEntry;
import hallq.city.core.HubProblem;
import hallq.city.store.HubDatabase;
import hallq.city.store.PersonKeyFile;
import hallq.city.store.Registry;
import hallq.city.store.StaffStore;
import hallq.protocol.PortInUse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./hall city}: serve the hub, or keep its registry of halls. */
@Command(name = "city", mixinStandardHelpOptions = true, description = "HallQ City hub (docs/city.md)",
        subcommands = {HubMain.Hall.class, HubMain.Staff.class, IdentityCommands.PersonKey.class,
            IdentityCommands.Limits.class})
public final class HubMain implements Callable<Integer> {
    @Option(names = "--data", description = "data folder: the private PostgreSQL cluster lives in DIR/pg (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data/city");
    @Option(names = "--db", description = "an external server instead: jdbc:postgresql://host:port/database")
    String dbUrl;
    @Option(names = "--db-user", description = "user on the external server")
    String dbUser;
    @Option(names = "--db-password-file", description = "file holding that user's password")
    Path dbPasswordFile;
    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";
    @Option(names = "--port", description = "HTTP port, 0 for a free one (default: ${DEFAULT-VALUE})")
    int port = 8090;

    HubDatabase open() throws IOException {
        if (dbUrl == null) {
            return HubDatabase.privateCluster(data);
        }
        String password = dbPasswordFile == null ? null : Files.readString(dbPasswordFile, StandardCharsets.UTF_8).strip();
        return HubDatabase.external(dbUrl, dbUser, password);
    }

    @Override
    public Integer call() throws Exception {
        HubDatabase db = open();
        Hub started;
        try {
            started = Hub.start(db, host, port, InstantSource.system(),
                    PersonKeyFile.open(IdentityCommands.keyFile(this)));
        } catch (Exception e) {
            db.close(); // the private cluster too: it would outlive the hub
            Optional<String> busy = PortInUse.explain(e, "city hub", host, List.of(new PortInUse.Port("HTTP", port, "--port")));
            if (busy.isEmpty()) {
                throw e;
            }
            System.err.println(busy.get());
            return 1;
        }
        try (Hub hub = started) {
            System.out.println("HallQ City hub on http://" + host + ":" + hub.port() + " — " + hub.database().description());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    /** {@code ./hall city hall add|list|passwd|remove}. */
    @Command(name = "hall", description = "the registry of halls", subcommands = {Add.class, ListHalls.class,
        Passwd.class, Remove.class})
    static final class Hall {
        @CommandLine.ParentCommand
        HubMain hub;
    }

    /** A command on the hub's database: opens it (the private cluster or --db), runs, says what was wrong. */
    abstract static class DatabaseCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract HubMain hub();

        abstract void run(HubDatabase db, PrintWriter out) throws IOException;

        @Override
        public Integer call() throws Exception {
            try (HubDatabase db = hub().open()) {
                run(db, spec.commandLine().getOut());
                return 0;
            } catch (HubProblem e) {
                spec.commandLine().getErr().println(spec.parent().name() + ": " + e.getMessage());
                return 2;
            }
        }

        static char[] password(Path file) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        }
    }

    abstract static class RegistryCommand extends DatabaseCommand {
        @CommandLine.ParentCommand
        Hall hall;

        @Override
        HubMain hub() {
            return hall.hub;
        }

        abstract void run(Registry registry, PrintWriter out) throws IOException;

        @Override
        void run(HubDatabase db, PrintWriter out) throws IOException {
            run(new Registry(db), out);
        }
    }

    @Command(name = "add", description = "register a hall with its login")
    static final class Add extends RegistryCommand {
        @Parameters(index = "0", description = "hall id, as in its hall.yml (a-z, 0-9, -)")
        String id;
        @Option(names = "--name", required = true, description = "name, e.g. 天河区政务服务中心")
        String name;
        @Option(names = "--level", required = true, description = "city, district, township or village")
        String level;
        @Option(names = "--parent", description = "the hall above it (none only for the city centre)")
        String parent;
        @Option(names = "--lat", description = "latitude")
        Double lat;
        @Option(names = "--lon", description = "longitude")
        Double lon;
        @Option(names = "--password-file", required = true, description = "file holding the hall's password (12+ characters)")
        Path passwordFile;

        @Override
        void run(Registry registry, PrintWriter out) throws IOException {
            registry.add(new HallEntry(id, name, HallEntry.Level.parse(level), parent, lat, lon, null), password(passwordFile));
            out.println("added " + id);
        }
    }

    @Command(name = "list", description = "list the registered halls")
    static final class ListHalls extends RegistryCommand {
        @Override
        void run(Registry registry, PrintWriter out) {
            for (HallEntry h : registry.list()) {
                out.printf("%-24s %-8s %-24s %s%s%n", h.id(), h.level().name().toLowerCase(), h.parent() == null ? "-" : h.parent(),
                        h.name(), h.lat() == null ? "" : String.format("  (%.5f, %.5f)", h.lat(), h.lon()));
            }
        }
    }

    @Command(name = "passwd", description = "set a hall's password")
    static final class Passwd extends RegistryCommand {
        @Parameters(index = "0", description = "hall id")
        String id;
        @Option(names = "--password-file", required = true, description = "file holding the new password")
        Path passwordFile;

        @Override
        void run(Registry registry, PrintWriter out) throws IOException {
            registry.passwd(id, password(passwordFile));
            out.println("password of " + id + " changed");
        }
    }

    @Command(name = "remove", description = "remove a hall that has sent no events and has no halls under it")
    static final class Remove extends RegistryCommand {
        @Parameters(index = "0", description = "hall id")
        String id;

        @Override
        void run(Registry registry, PrintWriter out) {
            registry.remove(id);
            out.println("removed " + id);
        }
    }

    /** {@code ./hall city staff add|list|passwd|remove}: the city office's logins. */
    @Command(name = "staff", description = "the city office's staff logins", subcommands = {StaffAdd.class,
        StaffList.class, StaffPasswd.class, StaffRemove.class})
    static final class Staff {
        @CommandLine.ParentCommand
        HubMain hub;
    }

    abstract static class StaffCommand extends DatabaseCommand {
        @CommandLine.ParentCommand
        Staff staff;

        @Override
        HubMain hub() {
            return staff.hub;
        }

        abstract void run(StaffStore store, PrintWriter out) throws IOException;

        @Override
        void run(HubDatabase db, PrintWriter out) throws IOException {
            run(new StaffStore(db), out);
        }
    }

    @Command(name = "add", description = "add a staff login")
    static final class StaffAdd extends StaffCommand {
        @Parameters(index = "0", description = "login name (a-z, 0-9, . _ -)")
        String name;
        @Option(names = "--password-file", required = true, description = "file holding the password (12+ characters)")
        Path passwordFile;

        @Override
        void run(StaffStore store, PrintWriter out) throws IOException {
            store.add(name, password(passwordFile));
            out.println("added " + name);
        }
    }

    @Command(name = "list", description = "list the staff logins")
    static final class StaffList extends StaffCommand {
        @Override
        void run(StaffStore store, PrintWriter out) {
            store.list().forEach(out::println);
        }
    }

    @Command(name = "passwd", description = "set a staff login's password")
    static final class StaffPasswd extends StaffCommand {
        @Parameters(index = "0", description = "login name")
        String name;
        @Option(names = "--password-file", required = true, description = "file holding the new password")
        Path passwordFile;

        @Override
        void run(StaffStore store, PrintWriter out) throws IOException {
            store.passwd(name, password(passwordFile));
            out.println("password of " + name + " changed");
        }
    }

    @Command(name = "remove", description = "remove a staff login")
    static final class StaffRemove extends StaffCommand {
        @Parameters(index = "0", description = "login name")
        String name;

        @Override
        void run(StaffStore store, PrintWriter out) {
            store.remove(name);
            out.println("removed " + name);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new HubMain()).execute(args));
    }
}
