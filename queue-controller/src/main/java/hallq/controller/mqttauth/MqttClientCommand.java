package hallq.controller.mqttauth;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./hall controller mqtt-client ...}: the hall's MQTT clients in the data folder's
 * {@code secrets/mqtt-clients.yml}. New and renewed passwords are random, printed once and written to
 * {@code secrets/mqtt/<name>.password} for the operator to hand to the device. A running embedded
 * broker picks changes up at the next connect.
 */
@Command(name = "mqtt-client", mixinStandardHelpOptions = true,
        description = "Manage the MQTT clients (controller, boards, callers, evaluators, devices) of the data folder.",
        subcommands = {MqttClientCommand.ListClients.class, MqttClientCommand.Add.class, MqttClientCommand.Passwd.class,
                MqttClientCommand.Remove.class})
public final class MqttClientCommand {
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        MqttClientCommand parent;

        MqttAccounts accounts() {
            return MqttAccounts.open(parent.data);
        }

        static Integer fail(String message) {
            System.err.println("hallq mqtt-client: " + message);
            return 2;
        }

        /** Makes a password by {@code make} and prints it once, or prints why it could not. */
        Integer withNewPassword(String name, Function<MqttAccounts, String> make, String done) {
            MqttAccounts accounts = accounts();
            try {
                String password = make.apply(accounts);
                System.out.println(done + "; password: " + password);
                System.out.println("(also in " + accounts.passwordFile(name) + ": hand it to the device, then delete the file)");
                return 0;
            } catch (IllegalArgumentException e) {
                return fail(e.getMessage());
            }
        }
    }

    @Command(name = "list", description = "List the clients (never their passwords).")
    static final class ListClients extends Sub {
        @Override
        public Integer call() {
            for (MqttAccount a : accounts().all()) {
                System.out.printf("%-24s %-10s %s%n", a.name(), a.role().label(), a.window() == null ? "" : "window " + a.window());
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add a client; prints its generated password once.")
    static final class Add extends Sub {
        @Parameters(index = "0", description = "client name = MQTT username (a-z, 0-9, -), e.g. caller-5; a device's "
                + "name is its device id")
        String name;
        @Option(names = "--role", required = true, description = "board, caller, evaluator, kiosk, device or controller (a kiosk also logs in to the REST API with it)")
        String role;
        @Option(names = "--window", description = "the window of a caller or an evaluator (or of a window board)")
        Integer window;

        @Override
        public Integer call() {
            return withNewPassword(name, a -> a.add(name, MqttRole.parse(role), window), "added " + name);
        }
    }

    @Command(name = "passwd", description = "Give a client a new password (the old one stops working); prints it once.")
    static final class Passwd extends Sub {
        @Parameters(index = "0")
        String name;

        @Override
        public Integer call() {
            return withNewPassword(name, a -> a.renew(name), "new password for " + name);
        }
    }

    @Command(name = "remove", description = "Remove a client: it cannot connect again.")
    static final class Remove extends Sub {
        @Parameters(index = "0")
        String name;

        @Override
        public Integer call() {
            if (MqttAccounts.CONTROLLER.equals(name)) {
                return fail("the controller's own client cannot be removed");
            }
            if (!MqttAccount.validName(name) || !accounts().remove(name)) {
                return fail("no client " + name);
            }
            System.out.println("removed " + name + " (a connection it has open lasts until it drops)");
            return 0;
        }
    }
}
