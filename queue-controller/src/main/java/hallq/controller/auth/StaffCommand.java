package hallq.controller.auth;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./hall controller staff ...}: staff accounts in the data folder's {@code staff.yml}. A running
 * controller picks the changes up at once. New and reset passwords are generated and printed once,
 * unless {@code --password-stdin} reads one.
 */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "Manage staff accounts (managers and clerks) in the data folder.",
        subcommands = {StaffCommand.ListAccounts.class, StaffCommand.Add.class, StaffCommand.Windows.class,
                StaffCommand.Passwd.class, StaffCommand.Remove.class})
public final class StaffCommand {
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    StaffDirectory directory() {
        return StaffDirectory.open(data);
    }

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        StaffCommand parent;

        /** The message of a refused change, for the person at the terminal. */
        Integer fail(String message) {
            System.err.println("hallq staff: " + message);
            return 2;
        }

        /** Stores the account made with a new password hash; prints the password when it was generated. */
        Integer withPassword(boolean fromStdin, Function<String, StaffAccount> make, String done)
                throws Exception {
            PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_COST);
            String password;
            if (fromStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? "" : line.strip();
            } else {
                password = hasher.randomPassword(12);
            }
            try {
                parent.directory().put(make.apply(hasher.hash(password.toCharArray())));
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            }
            System.out.println(done + (fromStdin ? "" : "; password: " + password));
            return 0;
        }

        static List<Integer> windows(String list) {
            List<Integer> out = new ArrayList<>();
            if (list != null && !list.isBlank()) {
                for (String w : list.split(",")) {
                    out.add(Integer.parseInt(w.strip()));
                }
            }
            return out;
        }
    }

    @Command(name = "list", description = "List the accounts (never their passwords).")
    static final class ListAccounts extends Sub {
        @Override
        public Integer call() {
            for (StaffAccount a : parent.directory().all()) {
                System.out.printf("%-16s %-8s %-12s windows %s%n", a.user(), a.role(), a.name(), a.windows());
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add an account; prints its generated password once.")
    static final class Add extends Sub {
        @Parameters(index = "0", description = "user name (a-z, 0-9, . _ -)")
        String user;
        @Option(names = "--name", required = true, description = "name shown to colleagues, e.g. 王芳")
        String name;
        @Option(names = "--role", required = true, description = "MANAGER or CLERK")
        Role role;
        @Option(names = "--windows", description = "windows a clerk works, e.g. 5,6")
        String windows;
        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean stdin;

        @Override
        public Integer call() throws Exception {
            if (parent.directory().find(user).isPresent()) {
                return fail("user " + user + " exists already");
            }
            return withPassword(stdin, hash -> new StaffAccount(user, name, role, hash, windows(windows)), "added " + user);
        }
    }

    @Command(name = "windows", description = "Set the windows a clerk works, e.g. 5,6 (empty for none).")
    static final class Windows extends Sub {
        @Parameters(index = "0")
        String user;
        @Parameters(index = "1", arity = "0..1")
        String windows;

        @Override
        public Integer call() {
            StaffDirectory d = parent.directory();
            StaffAccount a = d.find(user).orElse(null);
            if (a == null) {
                return fail("no user " + user);
            }
            try {
                d.put(a.withWindows(windows(windows)));
            } catch (IllegalArgumentException e) {
                return fail("windows must be numbers like 5,6: " + e.getMessage());
            }
            System.out.println(user + " works windows " + d.find(user).orElseThrow().windows());
            return 0;
        }
    }

    @Command(name = "passwd", description = "Set a new password (generated and printed once); ends the user's sessions.")
    static final class Passwd extends Sub {
        @Parameters(index = "0")
        String user;
        @Option(names = "--password-stdin", description = "read the password from standard input")
        boolean stdin;

        @Override
        public Integer call() throws Exception {
            StaffAccount a = parent.directory().find(user).orElse(null);
            if (a == null) {
                return fail("no user " + user);
            }
            return withPassword(stdin, a::withPasswordHash, "new password for " + user + " set");
        }
    }

    @Command(name = "remove", description = "Remove an account; its sessions end at once.")
    static final class Remove extends Sub {
        @Parameters(index = "0")
        String user;

        @Override
        public Integer call() {
            return parent.directory().remove(user) ? 0 : fail("no user " + user);
        }
    }
}
