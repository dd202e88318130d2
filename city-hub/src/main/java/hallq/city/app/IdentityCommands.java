package hallq.city.app;

import hallq.city.core.HubProblem;
import hallq.city.store.HubDatabase;
import hallq.city.store.PersonKeyFile;
import hallq.city.store.PersonStore;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.PersonKeyRing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./hall city person-key list|rotate} and {@code ./hall city limits} (docs/city.md, "One identity"). */
final class IdentityCommands {
    private IdentityCommands() {
    }

    static Path keyFile(HubMain hub) {
        return hub.data.resolve("secrets").resolve("person-keys.json");
    }

    @Command(name = "person-key", description = "the city's keys for the keyed hash of ID numbers",
            subcommands = {ListKeys.class, Rotate.class})
    static final class PersonKey {
        @CommandLine.ParentCommand
        HubMain hub;
    }

    abstract static class KeyCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        PersonKey parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract void run(PersonKeyFile keys, LocalDate today, PrintWriter out);

        @Override
        public Integer call() {
            try {
                run(PersonKeyFile.open(keyFile(parent.hub)), LocalDate.now(ZoneOffset.UTC), spec.commandLine().getOut());
                return 0;
            } catch (HubProblem e) {
                spec.commandLine().getErr().println("person-key: " + e.getMessage());
                return 2;
            }
        }

        static void print(PersonKeyRing ring, PrintWriter out) {
            out.println("version " + ring.version());
            for (PersonKeyRing.Key k : ring.keys()) { // never the secret itself
                out.println("key " + k.id() + "  hashes from " + k.activeFrom() + "  look-ups "
                        + (k.lookupUntil() == null ? "with no end" : "until " + k.lookupUntil()));
            }
        }
    }

    @Command(name = "list", description = "the keys, when each hashes and until when it serves look-ups (no secrets)")
    static final class ListKeys extends KeyCommand {
        @Override
        void run(PersonKeyFile keys, LocalDate today, PrintWriter out) {
            print(keys.ring(today), out);
        }
    }

    @Command(name = "rotate", description = "add a key for a coming day; earlier keys serve look-ups for --keep-days")
    static final class Rotate extends KeyCommand {
        @Option(names = "--from", description = "first day the new key hashes (default: tomorrow)")
        LocalDate from;
        @Option(names = "--keep-days", description = "days earlier keys still serve look-ups after --from "
                + "(default: ${DEFAULT-VALUE})")
        int keepDays = PersonKeyFile.KEEP_DAYS;

        @Override
        void run(PersonKeyFile keys, LocalDate today, PrintWriter out) {
            print(keys.rotate(from == null ? today.plusDays(1) : from, keepDays, today), out);
            out.println("halls take the new ring with their next acknowledgement (within seconds while linked)");
        }
    }

    @Command(name = "limits", description = "per-person limits across all halls (0: none); without options, shows them")
    static final class Limits extends HubMain.DatabaseCommand {
        @CommandLine.ParentCommand
        HubMain hub;
        @Option(names = "--tickets-per-day", description = "tickets one person may take a day at all halls together")
        Integer ticketsPerDay;
        @Option(names = "--appointments", description = "appointments one person may hold at once at all halls")
        Integer appointments;

        @Override
        HubMain hub() {
            return hub;
        }

        @Override
        void run(HubDatabase db, PrintWriter out) {
            PersonStore persons = new PersonStore(db);
            if (ticketsPerDay != null || appointments != null) {
                CityLimits now = persons.limits();
                Instant at = Instant.now();
                persons.setLimits(ticketsPerDay != null ? ticketsPerDay : now.ticketsPerDay(),
                        appointments != null ? appointments : now.activeAppointments(), "command line",
                        LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1), at);
            }
            CityLimits l = persons.limits();
            out.println("tickets a day per person: " + (l.ticketsPerDay() == 0 ? "no city limit" : l.ticketsPerDay()));
            out.println("appointments at once per person: "
                    + (l.activeAppointments() == 0 ? "no city limit" : l.activeAppointments()));
        }
    }
}
